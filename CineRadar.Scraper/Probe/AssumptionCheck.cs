namespace CineRadar.Scraper.Probe;

/// <summary>One assumption of CineRadar's about TIX, and what the probe saw of it.</summary>
public sealed record AssumptionCheck(string Subject, string Assumed, string Verdict, string Seen)
{
    public const string Confirmed = "confirmed";
    public const string Different = "different";
    public const string NotSeen = "not seen";

    public static AssumptionCheck Confirm(string subject, string assumed, string seen) => new(subject, assumed, Confirmed, seen);

    public static AssumptionCheck Differ(string subject, string assumed, string seen) => new(subject, assumed, Different, seen);

    public static AssumptionCheck Unseen(string subject, string assumed, string why) => new(subject, assumed, NotSeen, why);

    /// <summary>The check as one line of the summary.</summary>
    public override string ToString() => Verdict switch
    {
        Different => $"{Subject}: different: {Seen} (CineRadar assumed {Assumed})",
        Confirmed => $"{Subject}: confirmed: {Seen}",
        _ => $"{Subject}: not seen: {Seen}",
    };
}
