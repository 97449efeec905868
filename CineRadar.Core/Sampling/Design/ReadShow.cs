namespace CineRadar.Core.Sampling.Design;

/// <summary>
/// A show the design read: its estimated admissions, the sold seats of the reading it rests on and that reading's kind
/// (whose late-sales growth scaled it, when one did), its capacity and ticket price, and the variance of the tickets
/// sold after the reading (the growth's own uncertainty left out: it is shared by every show of the kind).
/// </summary>
public sealed record ReadShow(double Admissions, double Sold, string? ScaledBy, int Capacity, long Price, double Variance)
{
    /// <summary>
    /// A stored estimate as a read show: its admissions, the kind whose growth carried it to the start (when one did), and
    /// the variance its 90 % interval stands for.
    /// </summary>
    public static ReadShow From(ShowtimeEstimate estimate)
    {
        var spread = (estimate.AdmissionsHigh - estimate.AdmissionsLow) / (2 * StratifiedTotals.Z90);
        return new ReadShow(estimate.Admissions, estimate.Admissions, EstimateBasis.ScaledBy(estimate.Basis), estimate.Capacity, estimate.TicketPriceRupiah ?? 0, spread * spread);
    }
}
