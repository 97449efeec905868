using System.Globalization;
using CineRadar.WebComponents.Navigation;

namespace CineRadar.Admin.Tables;

/// <summary>The site's addresses that tables and pages link to, in one place.</summary>
public static class AdminLinks
{
    public static string MovieTrend(string movieId, int days = 7) =>
        $"analytics/movies/{Uri.EscapeDataString(movieId)}?days={days.ToString(CultureInfo.InvariantCulture)}";

    public static string Cinema(string theatreId) => $"cinemas/{Uri.EscapeDataString(theatreId)}";

    public static string Run(string runId) => $"runs/{Uri.EscapeDataString(runId)}";

    /// <summary>A day as links and the date picker carry it; empty for no day.</summary>
    public static string Day(DateOnly? date) => UrlDay.Write(date) ?? "";

    public static string Comparisons(ComparedSubject subject, DateOnly? to = null) =>
        $"analytics/comparisons{UrlQuery.Of(("subject", subject.Value), ("to", UrlDay.Write(to)))}";

    public static string Release(string movieId, DateOnly? to = null) =>
        $"analytics/releases/{Uri.EscapeDataString(movieId)}{UrlQuery.Of(("to", UrlDay.Write(to)))}";

    public static string Openings(string first, string second, int days) =>
        $"analytics/openings{UrlQuery.Of(("first", first), ("second", second), ("days", days.ToString(CultureInfo.InvariantCulture)))}";
}
