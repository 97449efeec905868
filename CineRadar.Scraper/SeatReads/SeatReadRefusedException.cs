namespace CineRadar.Scraper.SeatReads;

/// <summary>A logged-in seat read not sent: the day's cap for its purpose is spent, or sampling is halted.</summary>
public sealed class SeatReadRefusedException(string reason) : Exception($"Seat read not sent: {reason}")
{
    public string Reason { get; } = reason;

    /// <summary>The refusal in <paramref name="ex"/>, which the Refit client hands on wrapped.</summary>
    public static SeatReadRefusedException? Find(Exception ex) =>
        ex as SeatReadRefusedException ?? (ex.InnerException is { } inner ? Find(inner) : null);
}
