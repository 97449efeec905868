using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Nowcast;

namespace CineRadar.Scraper.Seats;

/// <summary>Seat sampling, bound from <c>Sampling</c>.</summary>
public sealed class SamplingOptions
{
    public const string SectionName = "Sampling";

    public bool Enabled { get; set; } = true;

    /// <summary>The samples wanted per showtime; empty means T-180, T-60, T-40 and a final one in T-15..T-5.</summary>
    public List<SampleKindOptions> Kinds { get; set; } = [];

    /// <summary>Share of showtimes that also get a close reading (T-3..T-1), which measures the last minutes' sales.</summary>
    public double CloseShare { get; set; } = 0.1;

    /// <summary>
    /// Whether every other showtime gets a spare close reading: taken only while no other sample is due, so it uses the
    /// budget the plan leaves free and never delays a planned sample; one dropped at a peak is no miss.
    /// </summary>
    public bool SpareCloseReadings { get; set; } = true;

    /// <summary>Samples fetched at once; small, so that the earliest deadline really goes first.</summary>
    public int MaxInFlight { get; set; } = 4;

    /// <summary>How long a failed sample waits before it is tried again (while its window is open).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the day's admissions and rollups are recomputed from the samples that arrived.</summary>
    public TimeSpan FoldInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many earlier days' estimates the day's projection learns from: what shows like today's still to come sold
    /// then (<c>DemandHistory</c>). 0 turns projection off (the shows still to come are estimated from today's strata).
    /// </summary>
    public int ProjectionHistoryDays { get; set; } = DemandHistory.DefaultDays;

    /// <summary>
    /// Length of the leader leases (seat sampling, the daily sweep, geocoding): the holder renews every third of it, a
    /// replica that does not hold it asks again every half, so a killed leader is replaced within about 1.5 times it.
    /// </summary>
    public TimeSpan LeaderLeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the plan looks for showtimes a later sweep added.</summary>
    public TimeSpan ReplanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The most logged-in seat-map reads in a WIB day, for every scraper process together, each attempt counted (retries,
    /// the retry after a token refresh and 404s included); 0 or less: no cap. A read refused because it is spent is no
    /// error: its sample is missed (or, a spare one, skipped) as "daily cap reached".
    /// </summary>
    public int DailyRequestCap { get; set; } = SeatReadCap.DefaultDailyCap;

    /// <summary>
    /// The share of <see cref="DailyRequestCap"/> kept for readings a Public visitor's page asks for (the <c>visitor</c>
    /// kind): those spend only this reserve, every other sample (the design's, operators' ad-hoc runs) only the rest.
    /// </summary>
    public double VisitorShare { get; set; } = SeatReadCap.DefaultVisitorShare;

    /// <summary>
    /// Seat-map answers in a row that are 403 or 429 (a 401 is the token's refresh path and does not count) after which
    /// TIX is taken to be blocking the account: sampling halts for the day until an operator resumes it. An HTML page
    /// instead of JSON halts it at once.
    /// </summary>
    public int BlockAfterRefusals { get; set; } = 3;

    public SeatReadCap ResolveSeatReadCap() => new(DailyRequestCap, VisitorShare);

    /// <summary>
    /// The kinds (by name) a show the stratified design chooses is read with, when the day's cap cannot pay for every
    /// kind for every show: by default a reading before TIX may lock the house (it tells a lock from a sell-out and
    /// stands in for a locked show's final) and the final one. Chosen shows of the close-reading share add the close one.
    /// </summary>
    public List<string> DesignKinds { get; set; } = ["t40", SampleKinds.Final];

    /// <summary>How often, under a cap, the design is made again with the reads left and what the day's readings show.</summary>
    public TimeSpan DesignReplanInterval { get; set; } = TimeSpan.FromMinutes(30);

    public SamplingRules ResolveRules() => new(ResolveKinds(), DesignKinds, CloseShare, SpareCloseReadings);

    public IReadOnlyList<SampleKind> ResolveKinds() => Kinds.Count == 0
        ? SampleKinds.Default
        : Kinds.Select(k => new SampleKind(k.Name, TimeSpan.FromMinutes(k.OpensMinutesBefore), TimeSpan.FromMinutes(k.ClosesMinutesBefore))).ToList();
}

public sealed class SampleKindOptions
{
    public string Name { get; set; } = "";

    public double OpensMinutesBefore { get; set; }

    public double ClosesMinutesBefore { get; set; }
}
