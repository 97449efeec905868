using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Sweeps;

namespace CineRadar.Scraper.Runs;

/// <summary>Queues schedule sweeps in the store, for every city TIX lists now or for chosen ones.</summary>
public sealed class SweepRequests(IRunStore runs, CityDirectory directory, ICatalogSourceProvider sources)
{
    /// <summary>
    /// Queues a sweep. With no city named, TIX's city list is re-synced first and every city is swept (new ones too).
    /// </summary>
    public async Task<ScrapeRun> QueueAsync(
        IReadOnlyList<City> chosen, DateOnly date, int days, string requestedBy, string trigger, CancellationToken cancellationToken)
    {
        var cities = chosen.Count > 0 ? chosen : await directory.SyncAsync(sources.Current, cancellationToken);
        var request = new RunRequest(RunKind.Schedules, date, chosen.Select(c => c.Id).ToList(), requestedBy, trigger, Math.Max(1, days),
            System.Diagnostics.Activity.Current?.TraceId.ToHexString());
        return await runs.QueueAsync(request, cities.Select(c => new RunItemSpec(c.Id, c.Name)).ToList(), cancellationToken);
    }
}
