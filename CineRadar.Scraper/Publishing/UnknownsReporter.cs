using CineRadar.Core.Catalog;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Publishing;

/// <summary>
/// Unknown is tolerated, not fatal: a chain or a room word CineRadar has no name for is published as it came and
/// reported here, once per value, as an alert for the Admin.
/// </summary>
public sealed class UnknownsReporter(IAlertStore alerts, ILogger<UnknownsReporter> logger)
{
    public const string UnknownChainAlert = "unknown-chain";
    public const string UnknownRoomWordAlert = "unknown-room-word";

    public async Task ReportAsync(IReadOnlyList<CityScrape> staged, CancellationToken cancellationToken)
    {
        var theatres = staged.SelectMany(s => s.Schedules).SelectMany(s => s.Theatres).ToList();
        foreach (var chain in theatres.Where(t => !t.Chain.IsKnown).GroupBy(t => t.Chain.Key, StringComparer.Ordinal))
        {
            logger.LogInformation("Unknown chain {Chain} in {Count} theatres", chain.Key, chain.Select(t => t.TheatreId).Distinct().Count());
            await alerts.RaiseAsync(UnknownChainAlert, chain.Key, AlertSeverity.Info,
                $"TIX lists a chain CineRadar has no colour or name for: {chain.First().Merchant} ({chain.Select(t => t.TheatreId).Distinct().Count()} theatres); it is kept as it came.",
                cancellationToken);
        }

        var words = theatres.SelectMany(t => t.Rooms)
            .SelectMany(r => r.Format.UnknownWords.Select(w => (Word: w, r.Category)))
            .GroupBy(w => w.Word, StringComparer.Ordinal);
        foreach (var word in words)
        {
            await alerts.RaiseAsync(UnknownRoomWordAlert, word.Key, AlertSeverity.Info,
                $"Room categories use a word the format taxonomy does not know: {word.Key} (e.g. \"{word.First().Category.Trim()}\").",
                cancellationToken);
        }
    }
}
