namespace CineRadar.Admin.Operations;

/// <summary>How long until an instant, as live.js also writes it each second: "in 1 h 05 min", "expired 3 min ago".</summary>
public static class Countdown
{
    public static string Text(DateTimeOffset at, DateTimeOffset now)
    {
        var left = at - now;
        var span = left.Duration();
        var text = span.TotalDays >= 1 ? $"{(int)span.TotalDays} d {span.Hours} h"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes:00} min"
            : $"{span.Minutes} min {span.Seconds:00} s";
        return left >= TimeSpan.Zero ? $"in {text}" : $"expired {text} ago";
    }
}
