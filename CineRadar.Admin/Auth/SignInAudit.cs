using CineRadar.WebComponents.Api;
using CineRadar.Contracts;

namespace CineRadar.Admin.Auth;

/// <summary>
/// Records every sign-in, succeeded or refused, in the Api's audit trail: the name used, never the password. A sign-in
/// never fails because the trail cannot be written; that is logged instead.
/// </summary>
public sealed class SignInAudit(CineRadarApiClient api, ILogger<SignInAudit> logger)
{
    public const string Password = "password";
    public const string SingleSignOn = "sso";

    public Task SucceededAsync(string user, string role, string method, CancellationToken cancellationToken) =>
        RecordAsync(new SignInRecord(user, true, role, method, null), cancellationToken);

    public Task RefusedAsync(string user, string method, string reason, CancellationToken cancellationToken) =>
        RecordAsync(new SignInRecord(user, false, null, method, reason), cancellationToken);

    private async Task RecordAsync(SignInRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await api.RecordSignInAsync(record with { User = Shorten(record.User ?? "", 100), Reason = record.Reason is null ? null : Shorten(record.Reason, 200) }, cancellationToken);
        }
        catch (ApiException ex)
        {
            logger.LogWarning(ex, "The sign-in of {User} could not be recorded in the audit trail", record.User);
        }
    }

    private static string Shorten(string text, int length)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= length ? trimmed : trimmed[..length];
    }
}
