using CineRadar.Core.Runs;

namespace CineRadar.Api.Contracts;

/// <summary>How run kinds and statuses are written in the Api: lower-case words, <c>token-refresh</c> with a dash.</summary>
internal static class RunWords
{
    public static readonly IReadOnlyDictionary<string, RunKind> Kinds = new Dictionary<string, RunKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["schedules"] = RunKind.Schedules,
        ["seats"] = RunKind.Seats,
        ["token-refresh"] = RunKind.TokenRefresh,
        ["token-login"] = RunKind.TokenLogin,
    };

    public static string Kind(RunKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string Status(RunStatus status) => status.ToString().ToLowerInvariant();

    public static string Status(WorkItemStatus status) => status.ToString().ToLowerInvariant();
}
