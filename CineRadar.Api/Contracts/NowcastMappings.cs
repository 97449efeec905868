using CineRadar.Core.Sampling;

namespace CineRadar.Api.Contracts;

internal static class SoFarMapping
{
    extension(SoFar)
    {
        /// <summary>What the started shows sold, while the rollup is a projection; null once it is the day's.</summary>
        public static SoFar? From(DailyRollup rollup) =>
            rollup.IsProjection ? new SoFar(rollup.AdmissionsSoFar ?? 0, rollup.GrossSoFar ?? 0) : null;
    }

}

internal static class NowcastRowMapping
{
    extension(NowcastRow)
    {
        public static NowcastRow From(DailyRollup rollup) => new(
            rollup.Key,
            rollup.Name,
            rollup.AdmissionsSoFar ?? rollup.Admissions,
            rollup.GrossSoFar ?? rollup.EstimatedGrossRupiah,
            rollup.Admissions,
            rollup.AdmissionsLow,
            rollup.AdmissionsHigh,
            rollup.EstimatedGrossRupiah,
            rollup.GrossLow,
            rollup.GrossHigh);
    }
}
