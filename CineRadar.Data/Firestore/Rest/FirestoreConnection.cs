using Google.Apis.Auth.OAuth2;

namespace CineRadar.Data.Firestore.Rest;

/// <summary>
/// Where the Firestore database is and how requests to it authenticate, resolved once from <c>Store:Firestore</c>:
/// an emulator (<see cref="FirestoreStoreOptions.EmulatorHost"/> or <c>FIRESTORE_EMULATOR_HOST</c>) is plain HTTP with
/// the emulator's <c>owner</c> token; otherwise a service account (JSON text or file) or the application-default
/// credentials, scoped to Datastore.
/// </summary>
internal sealed class FirestoreConnection
{
    public const string EmulatorHostVariable = "FIRESTORE_EMULATOR_HOST";
    public const string DatastoreScope = "https://www.googleapis.com/auth/datastore";
    private static readonly Uri ProductionAddress = new("https://firestore.googleapis.com/");

    private readonly Lazy<ITokenAccess> credential;

    public FirestoreConnection(FirestoreStoreOptions options, string? emulatorHostVariable)
    {
        var emulatorHost = string.IsNullOrWhiteSpace(options.EmulatorHost) ? emulatorHostVariable : options.EmulatorHost;
        IsEmulator = !string.IsNullOrWhiteSpace(emulatorHost);
        Database = $"projects/{options.ProjectId}/databases/{(string.IsNullOrWhiteSpace(options.DatabaseId) ? "(default)" : options.DatabaseId)}";
        BaseAddress = IsEmulator ? new Uri($"http://{emulatorHost!.Trim()}/") : options.BaseAddress ?? ProductionAddress;
        credential = new Lazy<ITokenAccess>(() => IsEmulator ? new EmulatorCredential() : ServiceCredential(options));
    }

    /// <summary><c>projects/{project}/databases/{database}</c>.</summary>
    public string Database { get; }

    /// <summary>The parent of the root collections: <c>projects/{project}/databases/{database}/documents</c>.</summary>
    public string Documents => $"{Database}/documents";

    public Uri BaseAddress { get; }

    public bool IsEmulator { get; }

    public ITokenAccess Credential => credential.Value;

    private static GoogleCredential ServiceCredential(FirestoreStoreOptions options)
    {
        var json = !string.IsNullOrWhiteSpace(options.CredentialsJson) ? options.CredentialsJson
            : !string.IsNullOrWhiteSpace(options.CredentialsPath) ? File.ReadAllText(options.CredentialsPath)
            : null;
        var google = json is null
            ? GoogleCredential.GetApplicationDefault()
            : CredentialFactory.FromJson<ServiceAccountCredential>(json).ToGoogleCredential();
        return google.CreateScoped(DatastoreScope);
    }

    /// <summary>The Firestore emulator accepts this fixed token and never talks to Google's token service.</summary>
    private sealed class EmulatorCredential : ITokenAccess
    {
        public Task<string> GetAccessTokenForRequestAsync(string? authUri = null, CancellationToken cancellationToken = default) =>
            Task.FromResult("owner");
    }
}
