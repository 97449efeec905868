namespace CineRadar.TixSandbox.Sales;

/// <summary>
/// The share of a showtime's final admissions bought by an instant: zero until sales open, then phase after phase,
/// each ending at an instant with a cumulative share and shaped within itself as <c>linear·x + power·x^exponent</c>
/// (x the elapsed fraction of the phase).
/// </summary>
internal sealed class SalesCurve(DateTimeOffset opensAt, SalesCurve.Phase[] phases, bool evenPurchases)
{
    /// <summary>A phase ending at <paramref name="Ends"/>, by when <paramref name="ShareAtEnd"/> of the tickets are bought.</summary>
    public readonly record struct Phase(DateTimeOffset Ends, double ShareAtEnd, double Linear, double Power, double Exponent);

    public DateTimeOffset OpensAt => opensAt;

    /// <summary>
    /// Whether tickets are spread evenly along the curve (one in each 1/n of it, at a random point) rather than drawn
    /// independently: a phase's count then stays within a ticket of its share, so walk-ins are an exact count.
    /// </summary>
    public bool EvenPurchases => evenPurchases;

    public double ShareAt(DateTimeOffset at)
    {
        if (at <= opensAt)
        {
            return 0;
        }

        var (from, share) = (opensAt, 0.0);
        foreach (var phase in phases)
        {
            if (at < phase.Ends)
            {
                var x = (at - from) / (phase.Ends - from);
                return share + ((phase.ShareAtEnd - share) * ((phase.Linear * x) + (phase.Power * Math.Pow(x, phase.Exponent))));
            }

            (from, share) = (phase.Ends, phase.ShareAtEnd);
        }

        return 1;
    }
}
