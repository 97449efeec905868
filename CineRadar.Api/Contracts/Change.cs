namespace CineRadar.Api.Contracts;

/// <summary>Percent change from <paramref name="before"/> to <paramref name="now"/>, one decimal; null when there was nothing before.</summary>
internal static class Change
{
    public static double? Pct(double now, double before) =>
        before == 0 ? null : Math.Round((now - before) * 100.0 / before, 1, MidpointRounding.AwayFromZero);
}
