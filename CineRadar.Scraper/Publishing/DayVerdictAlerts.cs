using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Publishing;

/// <summary>
/// A day that validation refused or held is an alert for the Admin (one per date), resolved when a run of that date
/// is published.
/// </summary>
public sealed class DayVerdictAlerts(IAlertStore alerts)
{
    public const string DayRefused = "day-refused";
    public const string DayHeld = "day-held";

    public Task ReportAsync(ScrapeRun run, Verdict verdict, CancellationToken cancellationToken) => verdict.Kind switch
    {
        VerdictKind.Refuse => alerts.RaiseAsync(DayRefused, Subject(run), AlertSeverity.Critical,
            $"The sweep {run.Id} of {Subject(run)} was not published: {verdict.Problem}.", cancellationToken),
        VerdictKind.Hold => alerts.RaiseAsync(DayHeld, Subject(run), AlertSeverity.Warning,
            $"The sweep {run.Id} of {Subject(run)} is held, not published: {verdict.Problem}. An operator can publish it anyway from its run page.",
            cancellationToken),
        _ => ResolveAsync(run, cancellationToken),
    };

    private async Task ResolveAsync(ScrapeRun run, CancellationToken cancellationToken)
    {
        await alerts.ResolveAsync(DayRefused, Subject(run), cancellationToken);
        await alerts.ResolveAsync(DayHeld, Subject(run), cancellationToken);
    }

    private static string Subject(ScrapeRun run) => run.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
