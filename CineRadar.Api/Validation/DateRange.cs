using System.Globalization;

namespace CineRadar.Api.Validation;

/// <summary>
/// A range of WIB business dates from <see cref="From"/> to <see cref="To"/>, both included, read from the <c>from</c>
/// and <c>to</c> query parameters (each already checked as a date by <see cref="ParameterValidation"/>): at most
/// <see cref="MaxDays"/> days, and never backwards.
/// </summary>
internal readonly record struct DateRange(DateOnly From, DateOnly To)
{
    /// <summary>The longest range: a quarter of a year and a day, enough for any three calendar months.</summary>
    public const int MaxDays = 92;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(From.AddDays);

    public DateRange WeekBefore => new(From.AddDays(-7), To.AddDays(-7));

    /// <summary>
    /// The range asked for: <paramref name="to"/> today when absent, <paramref name="from"/> the
    /// <paramref name="defaultDays"/> days ending at <paramref name="to"/> when absent. A backward or too long range is
    /// recorded in <paramref name="problems"/>.
    /// </summary>
    public static DateRange Read(DateOnly? from, DateOnly? to, DateOnly today, int defaultDays, Parameters problems)
    {
        var last = to ?? today;
        var range = new DateRange(from ?? last.AddDays(1 - defaultDays), last);
        if (range.From > range.To)
        {
            problems.Fail("from", $"from ({Text(range.From)}) is after to ({Text(range.To)}); a range runs from its first day to its last, both included.", 0);
        }
        else if (range.Days > MaxDays)
        {
            problems.Fail("to", string.Create(
                CultureInfo.InvariantCulture,
                $"A range is at most {MaxDays} days, both ends included; {Text(range.From)} to {Text(range.To)} is {range.Days} days."), 0);
        }

        return range;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
