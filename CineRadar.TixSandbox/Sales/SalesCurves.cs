namespace CineRadar.TixSandbox.Sales;

/// <summary>The curves of the sales models (<c>Sandbox:Sales:Model</c>); every model's curve reaches 1 at the start.</summary>
internal static class SalesCurves
{
    /// <summary>Walk-ins buy in the last minutes, after the latest final reading (T-5 min) could see them.</summary>
    public static readonly TimeSpan WalkInWindow = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan SalesWindow = TimeSpan.FromHours(30);
    private static readonly TimeSpan RushWindow = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan PresaleOpensBeforeDay = TimeSpan.FromHours(48);

    /// <summary>Sales open 30 hours before the start: 12 % linear, 88 % as x^exponent (most sales late).</summary>
    public static SalesCurve Standard(DateTimeOffset startsAt, double exponent) =>
        new(startsAt - SalesWindow, [new(startsAt, 1, 0.12, 0.88, exponent)], evenPurchases: false);

    /// <summary>
    /// <paramref name="lateShare"/> of the tickets (walk-ins included) are bought in the last 15 minutes; the rest along
    /// the standard curve before them.
    /// </summary>
    public static SalesCurve LateRush(DateTimeOffset startsAt, double exponent, double lateShare, double walkInShare) =>
        new(startsAt - SalesWindow,
            [
                new(startsAt - RushWindow, 1 - lateShare, 0.12, 0.88, exponent),
                new(startsAt - WalkInWindow, 1 - walkInShare, 1, 0, 1),
                new(startsAt, 1, 1, 0, 1),
            ],
            evenPurchases: true);

    /// <summary>
    /// Sales open two days before the show's WIB date and reach <paramref name="presaleShare"/> when the date begins
    /// (picking up towards it); then a slower trickle to the walk-ins.
    /// </summary>
    public static SalesCurve PresaleWeekend(DateTimeOffset startsAt, DateTimeOffset dayStarts, double presaleShare, double walkInShare) =>
        new(dayStarts - PresaleOpensBeforeDay,
            [
                new(dayStarts, presaleShare, 0.3, 0.7, 2),
                new(startsAt - WalkInWindow, 1 - walkInShare, 0.6, 0.4, 2),
                new(startsAt, 1, 1, 0, 1),
            ],
            evenPurchases: true);
}
