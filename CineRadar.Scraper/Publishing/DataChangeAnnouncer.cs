using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Publishing;

/// <summary>
/// Makes a write visible to readers: moves the store's data version on (the Api keys its cache on it, so the next read
/// is fresh) and tells the Api's replicas at once.
/// </summary>
public sealed class DataChangeAnnouncer(IDataVersionStore versions, IDataChangedNotifier notifier)
{
    public async Task<long> AnnounceAsync(CancellationToken cancellationToken)
    {
        var version = await versions.BumpAsync(cancellationToken);
        await notifier.NotifyAsync(version, cancellationToken);
        return version;
    }
}
