namespace CineRadar.Data;

/// <summary>Which store the services use, bound from the <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Firestore</c>.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    public SqliteStoreOptions Sqlite { get; set; } = new();

    public FirestoreStoreOptions Firestore { get; set; } = new();
}

/// <summary>
/// The one TIX setting the store reads, <c>Tix:DisplayTimeZone</c> (the scraper binds the same setting in its
/// <c>TixOptions</c>; the Api reads the store without the scraper, so the store binds it too): the zone in which the
/// original's schedule documents, which carry no <c>starts_at</c>, wrote TIX's <c>display_time</c>.
/// </summary>
public sealed class TixTimeOptions
{
    public const string SectionName = "Tix";

    public Core.Time.DisplayTimeZoneRule DisplayTimeZone { get; set; } = Core.Time.DisplayTimeZoneRule.City;
}

public enum StoreProvider
{
    Sqlite,
    Firestore,
}

public sealed class SqliteStoreOptions
{
    /// <summary>Path of the database file; relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "cineradar.db");
}

public sealed class FirestoreStoreOptions
{
    /// <summary>The Google Cloud project that holds the database, e.g. <c>cineradar-481014</c>.</summary>
    public string ProjectId { get; set; } = "";

    /// <summary>The database id; <c>(default)</c> unless the project has several.</summary>
    public string DatabaseId { get; set; } = "(default)";

    /// <summary>A service-account key as JSON text (from a secret). Takes precedence over <see cref="CredentialsPath"/>.</summary>
    public string? CredentialsJson { get; set; }

    /// <summary>Path of a service-account key file.</summary>
    public string? CredentialsPath { get; set; }

    /// <summary>
    /// <c>host:port</c> of a Firestore emulator: plain HTTP and no credentials. The <c>FIRESTORE_EMULATOR_HOST</c>
    /// environment variable sets it too.
    /// </summary>
    public string? EmulatorHost { get; set; }

    /// <summary>The REST API's base address; <c>https://firestore.googleapis.com/</c> unless an emulator is used.</summary>
    public Uri? BaseAddress { get; set; }
}
