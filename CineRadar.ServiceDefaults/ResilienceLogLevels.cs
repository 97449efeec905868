using Polly.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Polly reports every attempt of every resilient call, a successful one at Information: one line per HTTP call in every
/// service. A successful attempt is Debug; a failed one (an outcome the pipeline handles) stays a Warning, and every
/// other event keeps Polly's own severity.
/// </summary>
internal static class ResilienceLogLevels
{
    private const string ExecutionAttempt = "ExecutionAttempt";

    public static ResilienceEventSeverity Severity(SeverityProviderArguments arguments) =>
        arguments.Event is { EventName: ExecutionAttempt, Severity: ResilienceEventSeverity.Information }
            ? ResilienceEventSeverity.Debug
            : arguments.Event.Severity;
}
