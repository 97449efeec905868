using CineRadar.Core.Operations;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Seats;

/// <summary>
/// Samples dropped because their window passed mean the budget (or TIX) cannot keep up: an alert for the Admin while
/// it goes on, resolved after a check period without a miss. Samples the daily cap or a halt refused are not counted:
/// they have their own figures and alert.
/// </summary>
public sealed class SamplingBehindAlert(IAlertStore alerts, SamplingStats stats)
{
    public const string Code = "sampling-behind";
    public const string Subject = "seats";

    private int _missedBefore;

    public async Task CheckAsync(TimeSpan period, CancellationToken cancellationToken)
    {
        var missed = stats.MissedByReason
            .Where(m => m.Key is not (SeatReads.DailySeatReads.CapReached or SeatReads.DailySeatReads.Halted))
            .Sum(m => m.Value);
        var newlyMissed = missed - _missedBefore;
        _missedBefore = missed;
        if (newlyMissed > 0)
        {
            await alerts.RaiseAsync(Code, Subject, AlertSeverity.Warning,
                $"{newlyMissed} seat sample(s) dropped in the last {period.TotalMinutes:0} minutes ({missed} today): their windows passed before the request budget reached them.",
                cancellationToken);
        }
        else
        {
            await alerts.ResolveAsync(Code, Subject, cancellationToken);
        }
    }
}
