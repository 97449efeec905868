using System.Globalization;
using System.Text.RegularExpressions;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;
using CineRadar.Core.Text;
using CineRadar.Core.Time;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Browser;
using CineRadar.Scraper.Configuration;
using CineRadar.Scraper.Tix;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CineRadar.Scraper.Probe;

/// <summary>
/// <c>cineradar tix probe</c>: the first thing to run against real TIX. It drives the app (home, the city page, one movie
/// page, one seat map per chain on it) and records every API call the app makes; then it makes a few calls of its own,
/// at most <see cref="ProbeRequest.MaxCalls"/>: the learned movie list for a city outside WIB, one schedules page there,
/// one logged-in seat map per chain and one of a show already closed. Read-only: it reuses the stored tokens and never
/// refreshes, logs in or writes them (a login of its own would end the worker's session).
/// </summary>
public sealed partial class TixProbe(
    ChromiumHost chromium,
    ITokenStore tokens,
    IOptions<TixOptions> options,
    TimeProvider clock,
    ILogger<TixProbe> logger)
{
    /// <summary>No probe makes more calls of its own than this.</summary>
    public const int CallCeiling = 30;

    public async Task<ProbeReport> RunAsync(ProbeRequest request, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.MaxCalls, CallCeiling);
        var settings = options.Value;
        var evidence = new ProbeEvidence { City = request.City, ZoneCity = request.ZoneCity, At = clock.GetUtcNow() };
        var date = clock.Today();
        IReadOnlyDictionary<string, string> appHeaders;
        IReadOnlyList<TixTheatre> theatres;

        var traffic = new AppTraffic();
        await using (var context = await chromium.NewContextAsync(cancellationToken))
        {
            traffic.Attach(context);
            var tab = await context.NewPageAsync();
            await AppNavigation.OpenAsync(tab, settings, "/home");
            var movies = await AppNavigation.PickCityAsync(tab, settings, request.City.Name);
            appHeaders = await AppNavigation.ReplayableHeadersAsync(movies.Request);
            var appCalls = await traffic.CollectAsync();
            evidence.MovieListCall = appCalls.LastOrDefault(c => c.Url == new Uri(movies.Url));
            evidence.CityList = FindCityList(appCalls);
            var cityId = IdIn(evidence.CityList, request.City) ?? request.City.Id;
            evidence.MovieList = MovieListRequest.Learn(new Uri(movies.Url), cityId);

            theatres = await OpenMoviePagesAsync(tab, settings, Parse(evidence.MovieListCall, b => TixPayloads.ParseMovies(b)) ?? [], date, evidence);

            evidence.AppCalls = await traffic.CollectAsync();
        }

        using var http = NewClient(settings);
        var calls = new ProbeCalls(http, request.MaxCalls);
        await ReadZoneCityAsync(calls, appHeaders, evidence, date, cancellationToken);
        await ReadSeatMapsAsync(calls, appHeaders, evidence, theatres, cancellationToken);

        logger.LogInformation("TIX probe made {Calls} calls of its own and recorded {AppCalls} calls of the app", calls.Made.Count, evidence.AppCalls.Count);
        return ProbeReport.From(evidence, calls, settings);
    }

    /// <summary>How many schedules pages of a movie the probe lets the app load, looking for every chain.</summary>
    private const int MoviePages = 5;

    /// <summary>How many movie pages the probe opens to see a seat map of every chain the city's movies list.</summary>
    private const int MoviesOpened = 3;

    /// <summary>
    /// Opens the page of the movie shown by the most chains, then of other movies while a chain the movie list names has
    /// not had a seat map opened; returns the theatres the pages listed.
    /// </summary>
    private async Task<IReadOnlyList<TixTheatre>> OpenMoviePagesAsync(IPage tab, TixOptions settings, IReadOnlyList<TixMovie> movies, DateOnly date, ProbeEvidence evidence)
    {
        var listed = movies.SelectMany(m => m.Merchants).Select(ChainKey).ToHashSet(StringComparer.Ordinal);
        var theatres = new List<TixTheatre>();
        var opened = 0;
        foreach (var movie in movies.OrderByDescending(m => m.Merchants.Count))
        {
            if (opened == MoviesOpened || listed.All(evidence.HasOpenedSeatMapOf))
            {
                break;
            }

            if (opened > 0 && movie.Merchants.Select(ChainKey).All(evidence.HasOpenedSeatMapOf))
            {
                continue;
            }

            try
            {
                theatres.AddRange(await OpenMoviePageAsync(tab, settings, movie, date, evidence));
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                // The checks say what the app did instead (its calls are recorded).
                logger.LogWarning("The app's page of {Movie} could not be read: {Problem}", movie.Title, ex.Message.Split('\n')[0]);
            }

            opened++;
        }

        return theatres;
    }

    private static string ChainKey(string merchant) => Chains.FromMerchant(merchant).Key;

    private static async Task<IReadOnlyList<TixTheatre>> OpenMoviePageAsync(IPage tab, TixOptions settings, TixMovie movie, DateOnly date, ProbeEvidence evidence)
    {
        var path = MovieSlug.AppPath(movie.Title, movie.Id, date);
        var timeout = new PageRunAndWaitForResponseOptions { Timeout = (float)settings.Browser.Timeout.TotalMilliseconds };
        bool IsSchedules(IResponse r) => r.Url.Contains($"/v1/schedules/movies/{movie.Id}", StringComparison.Ordinal);
        var schedules = await tab.RunAndWaitForResponseAsync(() => AppNavigation.OpenAsync(tab, settings, path), IsSchedules, timeout);
        var first = ObservedCall.From(schedules.Request.Method, new Uri(schedules.Url), [], schedules.Status, await schedules.BodyAsync());
        if (evidence.SchedulesCall is null)
        {
            evidence.SchedulesCall = first;
            evidence.RenderedTimes = Clock().Matches(await tab.InnerTextAsync("body")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        }

        var pages = new List<TixSchedulePage>();
        var more = tab.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Muat lebih banyak", Exact = true });
        for (var page = Parse(first, b => TixPayloads.ParseSchedulePage(b)); page is not null; )
        {
            pages.Add(page);
            if (!page.HasNext || pages.Count >= MoviePages || !await more.IsVisibleAsync())
            {
                break;
            }

            var next = await tab.RunAndWaitForResponseAsync(() => more.ClickAsync(), IsSchedules, timeout);
            page = Parse(ObservedCall.From(next.Request.Method, new Uri(next.Url), [], next.Status, await next.BodyAsync()), b => TixPayloads.ParseSchedulePage(b));
        }

        var theatres = pages.SelectMany(p => p.Theatres).ToList();
        foreach (var (theatre, show) in OneBookableShowPerChain(theatres).Where(x => !evidence.HasOpenedSeatMapOf(ChainKey(x.Theatre.Merchant))))
        {
            try
            {
                var layout = await AppSeatMaps.OpenAsync(tab, settings, theatre.Name, show.DisplayTime);
                evidence.AppChainPaths[theatre.Merchant] = AppSeatMaps.ChainPathOf(new Uri(layout.Url)) ?? layout.Url;
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                evidence.AppChainPathFailures[theatre.Merchant] = $"opening {theatre.Name} {show.DisplayTime}: {ex.Message.Split('\n')[0]}";
            }
        }

        return theatres;
    }

    private static async Task ReadZoneCityAsync(ProbeCalls calls, IReadOnlyDictionary<string, string> headers, ProbeEvidence evidence, DateOnly date, CancellationToken cancellationToken)
    {
        if (evidence.MovieList is not { } movieList)
        {
            return;
        }

        var zoneCityId = IdIn(evidence.CityList, evidence.ZoneCity) ?? evidence.ZoneCity.Id;
        var query = string.Join('&', movieList.QueryFor(zoneCityId).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        evidence.ZoneMovieListCall = await calls.GetAsync(movieList.PathFor(zoneCityId) + (query.Length > 0 ? "?" + query : ""), headers, cancellationToken);
        var movie = Parse(evidence.ZoneMovieListCall, b => TixPayloads.ParseMovies(b)) is { Count: > 0 } listed ? listed[0] : null;
        if (movie is not null)
        {
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            evidence.ZoneSchedulesCall = await calls.GetAsync(
                $"v1/schedules/movies/{Uri.EscapeDataString(movie.Id)}?city_id={Uri.EscapeDataString(zoneCityId)}&date={day}&page=1", headers, cancellationToken);
        }
    }

    private async Task ReadSeatMapsAsync(ProbeCalls calls, IReadOnlyDictionary<string, string> appHeaders, ProbeEvidence evidence, IReadOnlyList<TixTheatre> theatres, CancellationToken cancellationToken)
    {
        evidence.Token = await tokens.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (evidence.Token is null)
        {
            evidence.NoTokenReason = "no TIX token is stored (run 'cineradar token login' first)";
            return;
        }

        if (evidence.Token.AccessExpiresAt is { } expires && expires <= now.AddMinutes(1))
        {
            evidence.NoTokenReason = $"the stored access token expired at {expires:u} (the worker refreshes it; the probe never does)";
            return;
        }

        var headers = appHeaders
            .Where(h => !h.Key.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        headers["Authorization"] = "Bearer " + evidence.Token.AccessToken;
        foreach (var (theatre, show) in OneBookableShowPerChain(theatres))
        {
            var path = Chains.FromMerchant(theatre.Merchant).SeatApiPath ?? evidence.AppChainPaths.GetValueOrDefault(theatre.Merchant);
            if (path is not null && await calls.GetAsync(LayoutPath(path, show.Id), headers, cancellationToken) is { } call)
            {
                evidence.LayoutCalls[theatre.Merchant] = call;
            }
        }

        var closed = theatres
            .SelectMany(t => t.PriceGroups.SelectMany(g => g.Showtimes).Select(s => (Theatre: t, Show: s)))
            .Where(x => x.Show.Status != 1 && IndonesianClock.TryParseDisplayTime(x.Show.DisplayTime, out _))
            .Select(x => (x.Theatre, x.Show, Path: Chains.FromMerchant(x.Theatre.Merchant).SeatApiPath ?? evidence.AppChainPaths.GetValueOrDefault(x.Theatre.Merchant)))
            .Where(x => x.Path is not null)
            .ToList();
        if (closed.Count > 0)
        {
            var started = closed.MinBy(x => DayOrder(x.Show.DisplayTime));
            evidence.StartedShowCall = await calls.GetAsync(LayoutPath(started.Path!, started.Show.Id), headers, cancellationToken);
        }
    }

    /// <summary>The first theatre of each chain with a bookable show, and that show.</summary>
    private static IEnumerable<(TixTheatre Theatre, TixShowtime Show)> OneBookableShowPerChain(IReadOnlyList<TixTheatre> theatres) =>
        theatres
            .Select(t => (Theatre: t, Show: t.PriceGroups.SelectMany(g => g.Showtimes).FirstOrDefault(s => s.Status == 1)))
            .Where(x => x.Show is not null)
            .GroupBy(x => Chains.FromMerchant(x.Theatre.Merchant).Key)
            .Select(g => (g.First().Theatre, g.First().Show!));

    /// <summary>Times before the late-show cutoff belong to the night after the day, so they sort last.</summary>
    private static TimeSpan DayOrder(string displayTime)
    {
        var time = IndonesianClock.TryParseDisplayTime(displayTime, out var parsed) ? parsed : TimeOnly.MinValue;
        return time.Hour < IndonesianClock.LateShowCutoffHour ? time.ToTimeSpan() + TimeSpan.FromDays(1) : time.ToTimeSpan();
    }

    private static string LayoutPath(string chainPath, string showtimeId) =>
        $"v1/movies/{Uri.EscapeDataString(chainPath)}/layout?show_time_id={Uri.EscapeDataString(showtimeId)}&tz=7";

    private static (ObservedCall Call, RecognizedCityList List)? FindCityList(IReadOnlyList<ObservedCall> calls) =>
        calls.Where(c => c.Status == 200)
            .Select(c => (Call: c, List: TixPayloads.FindCities(c.Body)))
            .Where(x => x.List is not null)
            .Select(x => (x.Call, x.List!))
            .OrderByDescending(x => x.Item2.KnownNames)
            .Cast<(ObservedCall, RecognizedCityList)?>()
            .FirstOrDefault();

    private static string? IdIn((ObservedCall Call, RecognizedCityList List)? cityList, City city) =>
        cityList?.List.Cities.FirstOrDefault(c => string.Equals(c.Name.Trim(), city.Name, StringComparison.OrdinalIgnoreCase))?.Id;

    /// <summary>The answer read by CineRadar's own parser, or null when there is none or the parser refuses it.</summary>
    internal static T? Parse<T>(ObservedCall? call, Func<byte[], T> parse) where T : class
    {
        if (call is not { Status: 200 })
        {
            return null;
        }

        try
        {
            return parse(call.Body);
        }
        catch (Exception ex) when (ex is TixPayloadException or TixApiException)
        {
            return null;
        }
    }

    private static HttpClient NewClient(TixOptions settings) => new(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
    {
        BaseAddress = settings.ApiUrl,
        Timeout = settings.Browser.Timeout,
    };

    [GeneratedRegex(@"\b([01]\d|2[0-3]):[0-5]\d\b")]
    private static partial Regex Clock();
}
