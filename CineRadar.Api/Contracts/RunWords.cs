using CineRadar.Contracts;
using CineRadar.Core.Runs;

namespace CineRadar.Api.Contracts;

/// <summary>Core's run kinds and statuses as the wire writes them (<see cref="RunKinds"/>, <see cref="RunStatuses"/>, <see cref="RunItemStatuses"/>).</summary>
internal static class RunWords
{
    public static readonly IReadOnlyDictionary<string, RunKind> Kinds = new Dictionary<string, RunKind>(StringComparer.OrdinalIgnoreCase)
    {
        [RunKinds.Schedules] = RunKind.Schedules,
        [RunKinds.Seats] = RunKind.Seats,
        [RunKinds.TokenRefresh] = RunKind.TokenRefresh,
        [RunKinds.TokenLogin] = RunKind.TokenLogin,
        [RunKinds.Resweep] = RunKind.Resweep,
    };

    public static string Kind(RunKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string Status(RunStatus status) => status switch
    {
        RunStatus.Queued => RunStatuses.Queued,
        RunStatus.Running => RunStatuses.Running,
        RunStatus.Success => RunStatuses.Success,
        RunStatus.Partial => RunStatuses.Partial,
        RunStatus.Failed => RunStatuses.Failed,
        RunStatus.Held => RunStatuses.Held,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A run status the wire has no word for."),
    };

    public static string Status(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Pending => RunItemStatuses.Pending,
        WorkItemStatus.Claimed => RunItemStatuses.Claimed,
        WorkItemStatus.Ok => RunItemStatuses.Ok,
        WorkItemStatus.Empty => RunItemStatuses.Empty,
        WorkItemStatus.Failed => RunItemStatuses.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A run item status the wire has no word for."),
    };
}
