using CineRadar.Core.Operations;

namespace CineRadar.Core.Stores;

/// <summary>
/// Data exports counted per API key and WIB day, in the store so that every Api replica counts against one quota.
/// </summary>
public interface IExportUseStore
{
    /// <summary>
    /// Counts one export of <paramref name="keyId"/> on <paramref name="date"/> if fewer than <paramref name="limit"/>
    /// were counted; returns whether it was counted. Replicas counting at once never pass the limit together.
    /// </summary>
    Task<bool> TryCountExportAsync(string keyId, DateOnly date, int limit, CancellationToken cancellationToken = default);

    /// <summary>Adds the rows an export wrote to the key's day.</summary>
    Task AddRowsAsync(string keyId, DateOnly date, long rows, CancellationToken cancellationToken = default);

    /// <summary>Every key's use on the date, by key id.</summary>
    Task<IReadOnlyList<ExportUse>> GetDayAsync(DateOnly date, CancellationToken cancellationToken = default);
}
