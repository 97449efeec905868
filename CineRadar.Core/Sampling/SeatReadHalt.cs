namespace CineRadar.Core.Sampling;

/// <summary>
/// The alert raised when TIX looks like it is blocking the logged-in account and seat sampling halts; resolved when an
/// operator resumes sampling (the scraper raises it, the Api resolves it).
/// </summary>
public static class SeatReadHalt
{
    public const string AlertCode = "tix-seat-block";
    public const string AlertSubject = "seats";
}
