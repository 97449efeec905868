namespace CineRadar.Api.Readings;

/// <summary>Fresh seat readings asked for by Public visitors, bound from <c>VisitorReadings</c>.</summary>
internal sealed class VisitorReadingOptions
{
    public const string SectionName = "VisitorReadings";

    /// <summary>A showtime is read at most once per interval, and only when its last reading is older than it.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Only a show starting within this long (and not started) is read at a visitor's request.</summary>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromHours(3);
}
