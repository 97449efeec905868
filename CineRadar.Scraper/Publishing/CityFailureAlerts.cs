using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Publishing;

/// <summary>
/// A city whose sweep failed is an alert for the Admin, with the reason, until a later sweep of that city succeeds.
/// </summary>
public sealed class CityFailureAlerts(IAlertStore alerts)
{
    public const string CityFailingAlert = "city-failing";

    public async Task ReportAsync(ScrapeRun run, CancellationToken cancellationToken)
    {
        foreach (var city in run.Cities)
        {
            if (city.Status == WorkItemStatus.Failed)
            {
                await alerts.RaiseAsync(CityFailingAlert, city.Key, AlertSeverity.Warning,
                    $"{city.Label}: the sweep of {run.Date:yyyy-MM-dd} failed after {city.Attempts} attempt(s): {city.Reason ?? "no reason given"}.",
                    cancellationToken);
            }
            else if (city.Status is WorkItemStatus.Ok or WorkItemStatus.Empty)
            {
                await alerts.ResolveAsync(CityFailingAlert, city.Key, cancellationToken);
            }
        }
    }
}
