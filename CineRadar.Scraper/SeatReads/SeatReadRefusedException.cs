namespace CineRadar.Scraper.SeatReads;

/// <summary>A logged-in seat read not sent: the day's cap for its purpose is spent, or sampling is halted.</summary>
public sealed class SeatReadRefusedException(string reason) : Exception($"Seat read not sent: {reason}")
{
    public string Reason { get; } = reason;
}
