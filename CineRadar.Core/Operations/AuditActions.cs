namespace CineRadar.Core.Operations;

/// <summary>The words of the audit trail's <see cref="AuditEntry.Action"/>, the same for the Api and the CLI.</summary>
public static class AuditActions
{
    public const string RunQueue = "run.queue";
    public const string RunRetryFailed = "run.retry-failed";
    public const string RunPublishAnyway = "run.publish-anyway";
    public const string KeyCreate = "key.create";
    public const string KeyRevoke = "key.revoke";
    public const string TheatreLocate = "theatre.locate";
    public const string CityMap = "city.map";
    public const string SeatsRun = "seats.run";
    public const string SeatsResume = "seats.resume";
    public const string TokenRefresh = "token.refresh";
    public const string TokenLogin = "token.login";
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInRefused = "signin.refused";

    /// <summary>Every action the trail records.</summary>
    public static readonly IReadOnlyList<string> All =
        [RunQueue, RunRetryFailed, RunPublishAnyway, KeyCreate, KeyRevoke, TheatreLocate, CityMap, SeatsRun, TokenRefresh, TokenLogin, SignInSucceeded, SignInRefused];
}
