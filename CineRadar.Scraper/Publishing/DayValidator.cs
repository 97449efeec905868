using System.Globalization;
using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Publishing;

/// <summary>What is done with a run's staged results.</summary>
public enum VerdictKind
{
    Publish,

    /// <summary>Not published: the results cannot be right.</summary>
    Refuse,

    /// <summary>Not published yet: the day looks too thin, and an operator may publish it anyway.</summary>
    Hold,
}

/// <summary>The verdict on a run's staged results, and why it is not to be published.</summary>
public sealed record Verdict(VerdictKind Kind, string? Problem)
{
    public static readonly Verdict Ok = new(VerdictKind.Publish, null);

    public bool Publishable => Kind == VerdictKind.Publish;

    public static Verdict Refuse(string problem) => new(VerdictKind.Refuse, problem);
}

/// <summary>
/// Checks a run's results before anything is written. Coverage is counted from cities that really returned showtimes,
/// never from cities merely visited or that list movies without a show; no chain is required or refused (a new chain
/// is data, not an error). A day with far fewer showtimes than the same weekday a week before, in the same cities, is
/// held for an operator.
/// </summary>
public sealed class DayValidator(IOptions<ValidationOptions> options)
{
    /// <param name="run">The run whose publish step this is.</param>
    /// <param name="staged">What its cities collected.</param>
    /// <param name="lastWeekShowtimes">
    /// The showtimes published for the run's first date a week earlier, in the run's cities; null (or 0) when there is no
    /// such day to compare with, or when an operator asked to publish anyway.
    /// </param>
    public Verdict Check(ScrapeRun run, IReadOnlyList<CityScrape> staged, int? lastWeekShowtimes = null)
    {
        var settings = options.Value;
        var cities = run.Cities.ToList();
        var withShowtimes = staged.Where(HasShowtimes).Select(s => s.CityId).Distinct(StringComparer.Ordinal).Count();
        if (withShowtimes == 0)
        {
            return Verdict.Refuse($"no city returned showtimes ({cities.Count(c => c.Status == WorkItemStatus.Failed)} of {cities.Count} failed)");
        }

        var coverage = (double)withShowtimes / cities.Count;
        if (coverage < settings.MinCityCoverage)
        {
            return Verdict.Refuse(string.Create(CultureInfo.InvariantCulture,
                $"only {withShowtimes} of {cities.Count} cities returned showtimes ({coverage * 100:0}%); at least {settings.MinCityCoverage * 100:0}% are needed"));
        }

        var movies = staged.SelectMany(s => s.Movies).Select(m => m.Id).Distinct(StringComparer.Ordinal).Count();
        if (cities.Count >= settings.NationalRunCities && movies < settings.MinMovies)
        {
            return Verdict.Refuse($"a national sweep found only {movies} movies; at least {settings.MinMovies} are expected");
        }

        foreach (var scrape in staged)
        {
            var listed = scrape.Movies.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            if (scrape.Schedules.FirstOrDefault(s => !listed.Contains(s.MovieId)) is { } orphan)
            {
                return Verdict.Refuse($"{scrape.CityName} has a schedule for movie {orphan.MovieId}, which it does not list");
            }
        }

        var showtimes = staged.Where(s => s.Date == run.Date).Sum(s => s.ShowtimeCount);
        if (lastWeekShowtimes is > 0 and var baseline && showtimes < baseline * settings.MinShareOfLastWeek)
        {
            return new Verdict(VerdictKind.Hold, string.Create(CultureInfo.InvariantCulture,
                $"{run.Date:yyyy-MM-dd} has {showtimes} showtimes in these cities, against {baseline} on {run.Date.AddDays(-7):yyyy-MM-dd}; "
                + $"at least {settings.MinShareOfLastWeek * 100:0}% of the same weekday a week before is expected"));
        }

        return Verdict.Ok;
    }

    private static bool HasShowtimes(CityScrape scrape) => scrape.ShowtimeCount > 0;
}
