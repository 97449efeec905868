using System.Globalization;
using CineRadar.Core.Catalog;
using CineRadar.Core.Runs;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Publishing;

/// <summary>The verdict on a run's staged results: publishable or not, and why.</summary>
public sealed record Verdict(bool Publishable, string? Problem)
{
    public static readonly Verdict Ok = new(true, null);
}

/// <summary>
/// Checks a run's results before anything is written. Coverage is counted from cities that really returned movies,
/// never from cities merely visited; no chain is required or refused (a new chain is data, not an error).
/// </summary>
public sealed class DayValidator(IOptions<ValidationOptions> options)
{
    public Verdict Check(ScrapeRun run, IReadOnlyList<CityScrape> staged)
    {
        var settings = options.Value;
        var cities = run.Cities.ToList();
        var withMovies = staged.Where(s => s.Movies.Count > 0).Select(s => s.CityId).Distinct(StringComparer.Ordinal).Count();
        if (withMovies == 0)
        {
            return new Verdict(false, $"no city returned movies ({cities.Count(c => c.Status == WorkItemStatus.Failed)} of {cities.Count} failed)");
        }

        var coverage = (double)withMovies / cities.Count;
        if (coverage < settings.MinCityCoverage)
        {
            return new Verdict(false, string.Create(CultureInfo.InvariantCulture,
                $"only {withMovies} of {cities.Count} cities returned movies ({coverage * 100:0}%); at least {settings.MinCityCoverage * 100:0}% are needed"));
        }

        var movies = staged.SelectMany(s => s.Movies).Select(m => m.Id).Distinct(StringComparer.Ordinal).Count();
        if (cities.Count >= settings.NationalRunCities && movies < settings.MinMovies)
        {
            return new Verdict(false, $"a national sweep found only {movies} movies; at least {settings.MinMovies} are expected");
        }

        foreach (var scrape in staged)
        {
            var listed = scrape.Movies.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            if (scrape.Schedules.FirstOrDefault(s => !listed.Contains(s.MovieId)) is { } orphan)
            {
                return new Verdict(false, $"{scrape.CityName} has a schedule for movie {orphan.MovieId}, which it does not list");
            }
        }

        return Verdict.Ok;
    }
}
