namespace CineRadar.EndToEnd.Tests.Admin;

/// <summary>Every figure the Admin's overview and analytics tables show, and the Api's answer each comes from.</summary>
public static class AnalyticsFigures
{
    /// <summary>The overview's headlines, from <c>/analytics/overview</c>.</summary>
    public static readonly Headlines Overview = new(
    [
        Figure.Count("admissions"),
        Figure.RupiahShort("gross", "grossRupiah"),
        Figure.Percent("occupancy", "occupancyPct"),
        Figure.Count("showtimes"),
        Figure.Count("theatres"),
        Figure.Count("movies"),
    ]);

    /// <summary>The movie leaderboard, from <c>/boxoffice</c>'s movies.</summary>
    public static readonly FigureTable Leaderboard = new("leaderboard", "movies",
    [
        Figure.Text("title"),
        Figure.EstimatedAdmissions("admissions"),
        Figure.EstimatedGross("gross"),
        Figure.Percent("occupancy", "occupancyPct"),
        Figure.Count("showtimes"),
        Figure.Count("previous", "previousAdmissions"),
        Figure.Change("change", "admissionsChangePct"),
    ]);

    /// <summary>Each movie's share of showtimes, from <c>/analytics/showtime-share</c>.</summary>
    public static readonly FigureTable ShowtimeShare = new("showtime-share", "rows",
    [
        Figure.Text("title"),
        Figure.Count("showtimes"),
        Figure.Percent("share", "sharePct"),
        Figure.Count("theatres"),
        Figure.Percent("screens", "screensSharePct"),
    ]);

    /// <summary>An occupancy breakdown (chain, city, region, format or hour), from <c>/analytics/occupancy</c>.</summary>
    public static readonly FigureTable Occupancy = new("occupancy", "rows",
    [
        Figure.Text("name"),
        Figure.Count("showtimes"),
        Figure.Count("sampled", "sampledShowtimes"),
        Figure.EstimatedAdmissions("admissions"),
        Figure.Count("capacity"),
        Figure.Percent("occupancy", "occupancyPct"),
        Figure.EstimatedGross("gross"),
    ]);

    /// <summary>A movie's days, from <c>/movies/{id}/history</c>.</summary>
    public static readonly FigureTable Trend = new("trend", "days",
    [
        Figure.Text("date"),
        Figure.EstimatedAdmissions("admissions"),
        Figure.EstimatedGross("gross"),
        Figure.Count("showtimes"),
        Figure.Percent("occupancy", "occupancyPct"),
    ]);
}
