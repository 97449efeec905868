using CineRadar.Api.Validation;

namespace CineRadar.Api.Exports;

/// <summary>The WIB business days of an export: <c>from</c> to <c>to</c>, both included, at most <see cref="ExportOptions.MaxDays"/>.</summary>
internal static class ExportRange
{
    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/>; a problem in <paramref name="parameters"/> when they are not a range.</summary>
    public static IReadOnlyList<DateOnly> Days(DateOnly from, DateOnly to, Parameters parameters)
    {
        if (to < from)
        {
            return parameters.Fail<IReadOnlyList<DateOnly>>("to", $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).", []);
        }

        var count = to.DayNumber - from.DayNumber + 1;
        return count > ExportOptions.MaxDays
            ? parameters.Fail<IReadOnlyList<DateOnly>>("to", $"An export covers at most {ExportOptions.MaxDays} days; this range has {count}.", [])
            : [.. Enumerable.Range(0, count).Select(from.AddDays)];
    }
}
