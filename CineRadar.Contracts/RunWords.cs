namespace CineRadar.Contracts;

/// <summary>How a run's kind is written on the wire: lower-case words, <c>token-refresh</c> with a dash.</summary>
public static class RunKinds
{
    public const string Schedules = "schedules";
    public const string Seats = "seats";
    public const string TokenRefresh = "token-refresh";
    public const string TokenLogin = "token-login";
    public const string Resweep = "resweep";
}

/// <summary>How a run's status is written on the wire.</summary>
public static class RunStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Success = "success";
    public const string Partial = "partial";
    public const string Failed = "failed";
    public const string Held = "held";

    /// <summary>The run has ended: nothing more happens to it unless someone retries or publishes it.</summary>
    public static bool HasEnded(string status) => status is Success or Partial or Failed or Held;
}

/// <summary>How a run item's (one city, or the publish step) status is written on the wire.</summary>
public static class RunItemStatuses
{
    public const string Pending = "pending";
    public const string Claimed = "claimed";
    public const string Ok = "ok";
    public const string Empty = "empty";
    public const string Failed = "failed";
}

/// <summary>How an alert's severity is written on the wire.</summary>
public static class AlertSeverities
{
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Critical = "critical";
}
