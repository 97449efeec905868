using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CineRadar.Api.Admin;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis.Admin;

/// <summary>
/// <c>/api/v1/admin/site</c>: what the Admin site's replicas share through the store, its Data Protection key ring and its
/// sign-in failures. Only the site's service key may; no one is signed in yet, so the routes take no user headers.
/// </summary>
internal static class AdminSiteApi
{
    public const int MaxFriendlyNameLength = 200;
    public const int MaxKeyXmlLength = 64 * 1024;
    public const int MaxWindowSeconds = 24 * 60 * 60;
    public const int MaxLeaseSeconds = 5 * 60;
    public const int MaxOwnerLength = 100;

    /// <summary>The lease a replica holds while it reads the key ring and, when the ring is empty, creates its first key.</summary>
    public const string KeyRingLeaseName = "admin-data-protection-key-ring";

    public static IEndpointRouteBuilder MapAdminSiteApi(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup($"{PublicApi.Prefix}/admin/site")
            .RequireAuthorization(CallerPolicies.AdminSite)
            .ValidateParameters()
            .AddEndpointFilter((context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = CacheControl.NoStore;
                return next(context);
            });

        var keys = site.MapGroup("/data-protection-keys").WithTags("Admin site: Data Protection keys");
        keys.MapGet("", ListKeys).WithSummary("The Admin site's Data Protection key ring");
        keys.MapPost("", AddKey).WithSummary("Add a key to the Admin site's Data Protection key ring");
        keys.MapPost("/lease", TakeKeyRingLease)
            .WithSummary("Take (or renew) the lease under which one replica at a time loads the key ring and creates its first key");
        keys.MapDelete("/lease", ReleaseKeyRingLease).WithSummary("Give the key ring lease up");

        var failures = site.MapGroup("/sign-in-failures").WithTags("Admin site: sign-in lockout");
        failures.MapGet("", CountFailures).WithSummary("How many failed sign-ins a name has within the window");
        failures.MapPost("", RecordFailure).WithSummary("Record a failed sign-in; answers how many the name now has within the window");
        failures.MapDelete("", ClearFailures).WithSummary("Forget a name's failed sign-ins (it signed in)");
        return app;
    }

    public static async Task<Ok<List<DataProtectionKey>>> ListKeys(IDataProtectionKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(DataProtectionKey.From).ToList());

    public static async Task<Results<NoContent, ValidationProblem>> AddKey(
        DataProtectionKey? key, IDataProtectionKeyStore keys, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var friendlyName = parameters.Text("friendlyName", key?.FriendlyName, MaxFriendlyNameLength)
                           ?? parameters.Fail<string?>("friendlyName", $"A key needs a friendly name of 1 to {MaxFriendlyNameLength} characters.", null);
        var xml = key?.Xml;
        if (string.IsNullOrWhiteSpace(xml) || xml.Length > MaxKeyXmlLength || !IsXmlElement(xml))
        {
            parameters.Fail("xml", $"A key is one XML element of at most {MaxKeyXmlLength} characters.", "");
        }

        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        await keys.AddAsync(new DataProtectionKeyRecord(friendlyName!, xml!), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<KeyRingLease>, ValidationProblem>> TakeKeyRingLease(
        KeyRingLeaseRequest? request, ILeaseStore leases, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var owner = Owner(parameters, request?.Owner);
        var seconds = parameters.Number(
            "seconds", request?.Seconds?.ToString(CultureInfo.InvariantCulture) ?? "", 0, 1, MaxLeaseSeconds);
        return parameters.IsValid
            ? TypedResults.Ok(new KeyRingLease(await leases.TryAcquireAsync(KeyRingLeaseName, owner!, TimeSpan.FromSeconds(seconds), cancellationToken)))
            : parameters.Problem();
    }

    public static async Task<NoContent> ReleaseKeyRingLease(
        [Description("The replica that holds the lease")][MaxLength(MaxOwnerLength)] string owner, ILeaseStore leases, CancellationToken cancellationToken)
    {
        await leases.ReleaseAsync(KeyRingLeaseName, owner.Trim(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SignInFailures>> CountFailures(
        [Description("The name used to sign in")][MaxLength(AdminSiteUser.MaxNameLength)] string name,
        [Description("The lockout window in seconds")][Range(1, MaxWindowSeconds)] int windowSeconds,
        ISignInFailureStore failures,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(new SignInFailures(await failures.CountAsync(name.Trim(), Since(clock, windowSeconds), cancellationToken)));

    public static async Task<Results<Ok<SignInFailures>, ValidationProblem>> RecordFailure(
        SignInFailureRequest? request, ISignInFailureStore failures, TimeProvider clock, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var user = Name(parameters, request?.Name);
        var window = parameters.Number(
            "windowSeconds", request?.WindowSeconds?.ToString(CultureInfo.InvariantCulture) ?? "", 0, 1, MaxWindowSeconds);
        return parameters.IsValid
            ? TypedResults.Ok(new SignInFailures(await failures.RecordAsync(user!, clock.GetUtcNow(), Since(clock, window), cancellationToken)))
            : parameters.Problem();
    }

    public static async Task<NoContent> ClearFailures(
        [Description("The name used to sign in")][MaxLength(AdminSiteUser.MaxNameLength)] string name, ISignInFailureStore failures, CancellationToken cancellationToken)
    {
        await failures.ClearAsync(name.Trim(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static string? Name(Parameters parameters, string? name) =>
        parameters.Text("name", name, AdminSiteUser.MaxNameLength)
        ?? parameters.Fail<string?>("name", $"The name used to sign in is required (at most {AdminSiteUser.MaxNameLength} characters).", null);

    private static string? Owner(Parameters parameters, string? owner) =>
        parameters.Text("owner", owner, MaxOwnerLength)
        ?? parameters.Fail<string?>("owner", $"The lease owner is required (at most {MaxOwnerLength} characters).", null);

    private static DateTimeOffset Since(TimeProvider clock, int windowSeconds) => clock.GetUtcNow() - TimeSpan.FromSeconds(windowSeconds);

    private static bool IsXmlElement(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            XElement.Load(reader);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
