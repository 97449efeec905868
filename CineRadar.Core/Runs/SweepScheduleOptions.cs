namespace CineRadar.Core.Runs;

/// <summary>
/// When the scraper's worker sweeps by itself, bound from <c>Sweep</c> by the worker, which follows it, and by the Api,
/// which shows it to the Admin.
/// </summary>
public sealed class SweepScheduleOptions
{
    public const string SectionName = "Sweep";

    public bool Enabled { get; set; } = true;

    /// <summary>A cron expression in WIB (UTC+7): the daily sweep, 06:00 WIB by default.</summary>
    public string DailyAt { get; set; } = "0 6 * * *";

    /// <summary>
    /// A cron expression in WIB: when today's schedules are re-read during the day for shows added, moved or
    /// cancelled since the daily sweep (every half hour from 09:00 to 21:30 WIB by default). Empty turns re-sweeps off.
    /// </summary>
    public string ResweepAt { get; set; } = "0,30 9-21 * * *";

    /// <summary>The most a re-sweep may spend, as a share of the requests today's full sweep took.</summary>
    public double ResweepShare { get; set; } = 0.2;

    /// <summary>Days swept from today on (today and the presale days after it).</summary>
    public int Days { get; set; } = 1;

    /// <summary>When the worker starts after today's sweep time and there is no sweep for today yet, sweep now.</summary>
    public bool CatchUpOnStart { get; set; } = true;

    /// <summary>How long an idle worker waits before it looks for queued work again.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(2);
}
