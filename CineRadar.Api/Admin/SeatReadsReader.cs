using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;

namespace CineRadar.Api.Admin;

/// <summary>
/// Today's logged-in seat reads as the store keeps them, against the cap the scraper keeps to: read from the same
/// settings, <c>Sampling:DailyRequestCap</c> and <c>Sampling:VisitorShare</c>.
/// </summary>
internal sealed class SeatReadsReader(ISeatReadStore store, IConfiguration configuration, TimeProvider clock)
{
    public const string DailyCapKey = "Sampling:DailyRequestCap";
    public const string VisitorShareKey = "Sampling:VisitorShare";

    public SeatReadCap Cap => new(
        configuration.GetValue(DailyCapKey, SeatReadCap.DefaultDailyCap), configuration.GetValue(VisitorShareKey, SeatReadCap.DefaultVisitorShare));

    public async Task<SeatReadUse> TodayAsync(CancellationToken cancellationToken) =>
        SeatReadUse.Of(await store.GetAsync(clock.Today(), cancellationToken), Cap);

    /// <summary>Lifts today's halt; false when there was none.</summary>
    public Task<bool> ResumeAsync(CancellationToken cancellationToken) => store.ResumeAsync(clock.Today(), cancellationToken);
}
