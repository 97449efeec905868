namespace CineRadar.Public.Readings;

/// <summary>How often one visitor's showtime pages may ask the Api for a fresh reading, bound from <c>VisitorReadings</c>.</summary>
public sealed class VisitorReadingOptions
{
    public const string SectionName = "VisitorReadings";

    /// <summary>Showtime pages one client (IP address) may open per <see cref="PerClientWindow"/> that ask; past it they render without asking.</summary>
    public int PerClientLimit { get; set; } = 10;

    public TimeSpan PerClientWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long after asking the page reloads itself, once, to show the reading.</summary>
    public TimeSpan RefreshAfter { get; set; } = TimeSpan.FromMinutes(1);
}
