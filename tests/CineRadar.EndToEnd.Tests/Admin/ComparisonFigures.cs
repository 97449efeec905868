using System.Globalization;
using System.Text.Json;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.EndToEnd.Tests.Admin;

/// <summary>The figures the Admin's comparison tables show, and the Api's answer each comes from.</summary>
public static class ComparisonFigures
{
    /// <summary>A movie's, city's or chain's days against a week earlier, from <c>/analytics/compare/{by}/{key}/week-over-week</c>.</summary>
    public static readonly FigureTable WeekOverWeek = new("week-over-week", "days",
    [
        Date("date", e => e.GetProperty("date")),
        Within("admissions", "day", Figure.EstimatedAdmissions("admissions")),
        Within("before", "weekBefore", Figure.EstimatedAdmissions("before")),
        Figure.Change("change", "admissionsChangePct"),
        Within("gross", "day", Figure.EstimatedGross("gross")),
    ]);

    /// <summary>A movie's release day by day, from <c>/analytics/release-to-date/{movieId}</c>.</summary>
    public static readonly FigureTable ReleaseDays = new("release-days", "days",
    [
        Figure.Count("day"),
        Within("admissions", "figures", Figure.EstimatedAdmissions("admissions")),
        Figure.Count("cumulative", "cumulativeAdmissions"),
    ]);

    /// <summary>A figure of an object inside the row (the day's, the week before's).</summary>
    private static Figure Within(string name, string property, Figure figure) => new(name, e => figure.Write(e.GetProperty(property)));

    private static Figure Date(string name, Func<JsonElement, JsonElement> date) =>
        new(name, e => Formats.Date(DateOnly.ParseExact(date(e).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
