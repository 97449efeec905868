using CineRadar.Core.Reference;
using CineRadar.Core.Tix;
using CineRadar.Core.Tokens;
using CineRadar.Scraper.Browser;
using CineRadar.Scraper.Configuration;

namespace CineRadar.Scraper.Probe;

/// <summary>
/// Judges what the probe saw against each assumption CineRadar makes about TIX: the reference's records (schedules,
/// seat maps, tokens, seat statuses), the guesses the reference leaves open (city list, movie list, "show has started",
/// chain paths, <c>display_time</c>'s zone) and the key names its parsers read.
/// </summary>
internal static class AssumptionChecks
{
    private static readonly string[] ScheduleQuery = ["city_id", "date", "page"];

    public static IReadOnlyList<AssumptionCheck> Judge(ProbeEvidence e, TixOptions options)
    {
        var checks = new List<AssumptionCheck>
        {
            GuestToken(e),
            AppHeaders(e, options),
            CityList(e),
            CityTable(e),
            MovieList(e),
            MovieListForAnotherCity(e),
            Parsed("movie-list keys", "data[].id or movie_id, title; genres, poster_path, age_category, merchant, presale_flag", e.MovieListCall, b => TixPayloads.ParseMovies(b).Count + " movies"),
            SchedulesRequest(e),
            Parsed("schedules keys", "data.has_next, data.theaters[].id, name, address, merchant.merchant_name, price_groups[].category, price_string, show_time[].id, display_time, status", e.SchedulesCall ?? e.ZoneSchedulesCall, b => TixPayloads.ParseSchedulePage(b).Theatres.Count + " theatres"),
            ShowtimeStatuses(e),
        };
        checks.AddRange(ChainPaths(e));
        checks.Add(SeatMapQuery(e));
        checks.AddRange(Layouts(e));
        checks.Add(SeatStatuses(e));
        checks.Add(ShowStarted(e));
        checks.Add(TokenLifetime(e, "access-token lifetime", "about 30 minutes", r => r.AccessToken, TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(45), "Tix:AccessTokenLifetime", options.AccessTokenLifetime));
        checks.Add(TokenLifetime(e, "refresh-token lifetime", "about 91 days", r => r.RefreshToken, TimeSpan.FromDays(80), TimeSpan.FromDays(100), "Tix:RefreshTokenLifetime", options.RefreshTokenLifetime));
        checks.Add(DisplayTimeEvidence.Judge(e, options.DisplayTimeZone));
        return checks;
    }

    private static AssumptionCheck GuestToken(ProbeEvidence e)
    {
        const string subject = "guest token";
        const string assumed = "POST /v1/auth";
        var auth = e.AppCalls.FirstOrDefault(c => c.Method == "POST" && c.Path.EndsWith("/v1/auth", StringComparison.Ordinal));
        if (auth is not null)
        {
            return AssumptionCheck.Confirm(subject, assumed, $"the app called POST {auth.Path} ({auth.Status})");
        }

        var posts = e.AppCalls.Where(c => c.Method == "POST").Select(c => c.Path).Distinct().ToList();
        return posts.Count > 0
            ? AssumptionCheck.Differ(subject, assumed, "the app posted to " + string.Join(", ", posts))
            : AssumptionCheck.Unseen(subject, assumed, "the app posted nothing (a guest token kept from before?)");
    }

    private static AssumptionCheck AppHeaders(ProbeEvidence e, TixOptions options)
    {
        const string subject = "app headers";
        const string assumed = "the app sends a 'platform' header to the API (the refresh replays it)";
        var names = e.AppCalls.Where(c => IsApi(c, options)).SelectMany(c => c.HeaderNames).Distinct().Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return AssumptionCheck.Unseen(subject, assumed, "the app made no call to the API");
        }

        var seen = "header names " + string.Join(", ", names);
        return names.Contains("platform") ? AssumptionCheck.Confirm(subject, assumed, seen) : AssumptionCheck.Differ(subject, assumed, seen);
    }

    private static AssumptionCheck CityList(ProbeEvidence e)
    {
        const string subject = "city list";
        const string assumed = "GET /v1/cities with items keyed id and name";
        if (e.CityList is not { } found)
        {
            return AssumptionCheck.Unseen(subject, assumed, "no answer the city page loaded lists known cities; the sweep falls back to the built-in table");
        }

        var seen = $"the city page loaded {found.Call.Method} {found.Call.Path} with items keyed {found.List.IdKey} and {found.List.NameKey}";
        return found.Call.Path == "/v1/cities" && found.List.IdKey == "id" && found.List.NameKey == "name"
            ? AssumptionCheck.Confirm(subject, assumed, seen)
            : AssumptionCheck.Differ(subject, assumed, seen);
    }

    private static AssumptionCheck CityTable(ProbeEvidence e)
    {
        const string subject = "cities";
        var assumed = $"the {Cities.All.Count} cities of the built-in table";
        if (e.CityList is not { } found)
        {
            return AssumptionCheck.Unseen(subject, assumed, "no city list was seen");
        }

        var listed = found.List.Cities.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var added = found.List.Cities.Where(c => Cities.FindById(c.Id) is null).Select(c => $"{c.Name} ({c.Id})").ToList();
        var missing = Cities.All.Where(c => !listed.Contains(c.Id)).Select(c => c.Name).ToList();
        var seen = $"TIX lists {found.List.Cities.Count} cities";
        if (added.Count == 0 && missing.Count == 0)
        {
            return AssumptionCheck.Confirm(subject, assumed, seen + ", every one in the table");
        }

        return AssumptionCheck.Differ(subject, assumed, seen + (added.Count > 0 ? "; new: " + Listed(added) : "") + (missing.Count > 0 ? "; missing: " + Listed(missing) : ""));
    }

    private static AssumptionCheck MovieList(ProbeEvidence e)
    {
        const string subject = "movie-list request";
        const string assumed = "/v1/movies?city_id={city}";
        if (e.MovieListCall is null)
        {
            return AssumptionCheck.Unseen(subject, assumed, "the app's movie-list answer was not recorded");
        }

        if (e.MovieList is null)
        {
            return AssumptionCheck.Differ(subject, assumed, $"the app called {e.MovieListCall.Path} without the city's id in it: API mode cannot replay it");
        }

        var learned = e.MovieList.ToString();
        return learned == assumed
            ? AssumptionCheck.Confirm(subject, assumed, "the app calls " + learned)
            : AssumptionCheck.Differ(subject, assumed, "the app calls " + learned + " (API mode replays it)");
    }

    private static AssumptionCheck MovieListForAnotherCity(ProbeEvidence e)
    {
        const string subject = "movie list replayed";
        var assumed = $"the app's request, with the city swapped, answers for {e.ZoneCity.Name}";
        return e.ZoneMovieListCall switch
        {
            null => AssumptionCheck.Unseen(subject, assumed, "no movie-list request was learned"),
            { Status: 200 } call when TixProbe.Parse(call, b => TixPayloads.ParseMovies(b)) is { } movies =>
                AssumptionCheck.Confirm(subject, assumed, $"{movies.Count} movies in {e.ZoneCity.Name}"),
            var call => AssumptionCheck.Differ(subject, assumed, $"{call.Path} answered {Answer(call)}"),
        };
    }

    private static AssumptionCheck SchedulesRequest(ProbeEvidence e)
    {
        const string subject = "schedules request";
        const string assumed = "GET /v1/schedules/movies/{id}?city_id&date&page";
        var calls = e.AppCalls.Where(c => c.Path.StartsWith("/v1/schedules/movies/", StringComparison.Ordinal)).ToList();
        if (calls.Count == 0)
        {
            var paths = e.AppCalls.Select(c => c.Path).Distinct().ToList();
            return e.SchedulesCall is null && paths.Count > 0
                ? AssumptionCheck.Differ(subject, assumed, "the movie page made no /v1/schedules/movies call; the app called " + Listed(paths))
                : AssumptionCheck.Unseen(subject, assumed, "no movie page was opened");
        }

        var names = calls.SelectMany(c => c.QueryNames).Distinct().ToList();
        var seen = $"the app calls {calls[0].Method} /v1/schedules/movies/{{id}}?{string.Join('&', names)}";
        return ScheduleQuery.All(names.Contains)
            ? AssumptionCheck.Confirm(subject, assumed, seen)
            : AssumptionCheck.Differ(subject, assumed, seen);
    }

    private static AssumptionCheck ShowtimeStatuses(ProbeEvidence e)
    {
        const string subject = "showtime status values";
        const string assumed = "0 (closed) and 1 (bookable)";
        var values = new[] { e.SchedulePage, e.ZoneSchedulePage }
            .OfType<TixSchedulePage>()
            .SelectMany(p => p.Theatres).SelectMany(t => t.PriceGroups).SelectMany(g => g.Showtimes)
            .GroupBy(s => s.Status).OrderBy(g => g.Key)
            .ToList();
        if (values.Count == 0)
        {
            return AssumptionCheck.Unseen(subject, assumed, "no showtimes were read");
        }

        var seen = string.Join(", ", values.Select(g => $"{g.Key} ({g.Count()})"));
        return values.All(g => g.Key is 0 or 1) ? AssumptionCheck.Confirm(subject, assumed, seen) : AssumptionCheck.Differ(subject, assumed, seen);
    }

    private static IEnumerable<AssumptionCheck> ChainPaths(ProbeEvidence e)
    {
        foreach (var (merchant, path) in e.AppChainPaths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var chain = Chains.FromMerchant(merchant);
            var subject = $"seat-map path of {merchant}";
            var assumed = chain.SeatApiPath ?? $"none recorded (the original guessed '{merchant.ToLowerInvariant()}'; CineRadar learns it)";
            var seen = $"the app calls /v1/movies/{path}/layout";
            yield return path == (chain.SeatApiPath ?? merchant.ToLowerInvariant())
                ? AssumptionCheck.Confirm(subject, assumed, seen)
                : AssumptionCheck.Differ(subject, assumed, seen);
        }

        foreach (var (merchant, why) in e.AppChainPathFailures.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return AssumptionCheck.Unseen($"seat-map path of {merchant}", Chains.FromMerchant(merchant).SeatApiPath ?? "none recorded", why);
        }

        if (e.AppChainPaths.Count + e.AppChainPathFailures.Count == 0)
        {
            yield return AssumptionCheck.Unseen("seat-map paths", "xxi, cgv, cinepolis", "no seat map was opened in the app");
        }
    }

    private static AssumptionCheck SeatMapQuery(ProbeEvidence e)
    {
        const string subject = "seat-map query";
        const string assumed = "show_time_id and tz=7";
        var names = e.AppCalls.Where(c => AppSeatMaps.ChainPathOf(c.Url) is not null).SelectMany(c => c.QueryNames).Distinct().ToList();
        if (names.Count == 0)
        {
            return AssumptionCheck.Unseen(subject, assumed, "the app opened no seat map");
        }

        var seen = "the app sends " + string.Join(", ", names);
        return names.Contains("show_time_id") && names.Contains("tz") ? AssumptionCheck.Confirm(subject, assumed, seen) : AssumptionCheck.Differ(subject, assumed, seen);
    }

    private static IEnumerable<AssumptionCheck> Layouts(ProbeEvidence e)
    {
        const string assumed = "data.seat_map[] of rows (seat_code, seat_rows[].status) or flat seats (row_name, seat_status, seat_yn)";
        if (e.LayoutCalls.Count == 0)
        {
            yield return AssumptionCheck.Unseen("seat-map keys", assumed, e.NoTokenReason ?? "no bookable show with a known seat-map path");
            yield break;
        }

        foreach (var (merchant, call) in e.LayoutCalls.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return Parsed($"seat-map keys of {merchant}", assumed, call, b =>
            {
                var layout = TixPayloads.ParseSeatLayout(b);
                return $"{layout.Rows.Count} rows read";
            });
        }
    }

    private static AssumptionCheck SeatStatuses(ProbeEvidence e)
    {
        const string subject = "seat status values";
        const string assumed = "1 available, 5 and 6 unavailable, 0 sold (flat CGV)";
        var counts = SeatStatusCounts.Of(e.LayoutCalls.Values);
        if (counts.Count == 0)
        {
            return AssumptionCheck.Unseen(subject, assumed, e.NoTokenReason ?? "no seat map was read");
        }

        var seen = string.Join(", ", counts.Select(c => $"{c.Key} ({c.Value} seats)"));
        var unknown = counts.Keys.Where(k => !SeatStatusCounts.Known.Contains(k)).ToList();
        return unknown.Count == 0
            ? AssumptionCheck.Confirm(subject, assumed, seen)
            : AssumptionCheck.Differ(subject, assumed, $"{seen}; unknown to the seat-map reader: {string.Join(", ", unknown)}");
    }

    private static AssumptionCheck ShowStarted(ProbeEvidence e)
    {
        const string subject = "\"show has started\"";
        var assumed = $"error.code {TixApiException.ExpiredEventDetail}";
        if (e.StartedShowCall is not { } call)
        {
            return AssumptionCheck.Unseen(subject, assumed, e.NoTokenReason ?? "the app's page listed no closed show to ask for");
        }

        if (call.Status == 200)
        {
            return AssumptionCheck.Unseen(subject, assumed, "the seat map of the earliest closed show was still served (it had not started)");
        }

        var error = TixPayloads.ReadError(call.Body);
        var recognised = TixErrors.SaysShowStarted(error?.Code, error?.Message)
            ? "CineRadar reads it as started"
            : "CineRadar does NOT read it as started";
        if (error?.Code == TixApiException.ExpiredEventDetail)
        {
            return AssumptionCheck.Confirm(subject, assumed, $"HTTP {call.Status}, error.code {error.Value.Code}");
        }

        var seen = error is { } said && TixErrors.SaysShowStarted(null, said.Message)
            ? $"said in error.message '{said.Message}' (error.code '{said.Code}', HTTP {call.Status}); {recognised}"
            : $"HTTP {call.Status}, error.code '{error?.Code}', error.message '{error?.Message}'; {recognised}";
        return AssumptionCheck.Differ(subject, assumed, seen);
    }

    private static AssumptionCheck TokenLifetime(
        ProbeEvidence e, string subject, string assumed, Func<Core.Operations.TixTokenRecord, string> token, TimeSpan low, TimeSpan high, string setting, TimeSpan configured)
    {
        if (e.Token is null)
        {
            return AssumptionCheck.Unseen(subject, assumed, "no TIX token is stored");
        }

        var value = token(e.Token);
        if (JwtToken.ReadExpiry(value) is not { } expires)
        {
            return AssumptionCheck.Differ(subject, assumed, $"the token has no readable exp: {setting} ({configured}) applies");
        }

        if (JwtToken.ReadIssuedAt(value) is not { } issued)
        {
            return AssumptionCheck.Confirm(subject, assumed, $"exp {expires:u} is readable (no iat, so no lifetime)");
        }

        var lifetime = expires - issued;
        var seen = lifetime.TotalDays >= 2 ? $"exp - iat = {lifetime.TotalDays:0.#} days" : $"exp - iat = {lifetime.TotalMinutes:0} minutes";
        return lifetime >= low && lifetime <= high ? AssumptionCheck.Confirm(subject, assumed, seen) : AssumptionCheck.Differ(subject, assumed, seen);
    }

    private static AssumptionCheck Parsed(string subject, string assumed, ObservedCall? call, Func<byte[], string> read)
    {
        if (call is null)
        {
            return AssumptionCheck.Unseen(subject, assumed, "no such answer was seen");
        }

        if (call.Status != 200)
        {
            return AssumptionCheck.Differ(subject, assumed, $"{call.Path} answered {Answer(call)}");
        }

        try
        {
            return AssumptionCheck.Confirm(subject, assumed, $"CineRadar's parser read {call.Path}: {read(call.Body)}");
        }
        catch (Exception ex) when (ex is TixPayloadException or TixApiException)
        {
            return AssumptionCheck.Differ(subject, assumed, $"CineRadar's parser refused {call.Path}: {ex.Message}");
        }
    }

    private static string Answer(ObservedCall call) =>
        TixPayloads.ReadError(call.Body) is { } error ? $"{call.Status} {error.Code} {error.Message}".TrimEnd() : call.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsApi(ObservedCall call, TixOptions options) =>
        string.Equals(call.Host, options.ApiUrl.Authority, StringComparison.OrdinalIgnoreCase);

    private static string Listed(IReadOnlyList<string> items) =>
        string.Join(", ", items.Take(10)) + (items.Count > 10 ? $" and {items.Count - 10} more" : "");
}
