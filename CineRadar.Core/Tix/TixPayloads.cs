using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CineRadar.Core.Seats;
using CineRadar.Core.Time;
using CineRadar.Core.Tix.Wire;

namespace CineRadar.Core.Tix;

/// <summary>
/// The one place CineRadar reads TIX payloads. Unknown fields are ignored and optional fields may be absent; a payload
/// that cannot be used throws <see cref="TixPayloadException"/> naming what was wrong, and a <c>success: false</c>
/// answer throws <see cref="TixApiException"/> with TIX's error code.
/// </summary>
public static class TixPayloads
{
    public const string MovieListPayload = "movie list";
    public const string SchedulePagePayload = "schedules page";
    public const string SeatLayoutPayload = "seat layout";
    public const string TokenPayload = "token";

    /// <summary>
    /// The city list in an answer of the app, recognised by its content (see <see cref="CityListRecognizer"/>), or null
    /// when the answer is not JSON or holds none.
    /// </summary>
    public static RecognizedCityList? FindCities(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return CityListRecognizer.Find(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<TixMovie> ParseMovies(ReadOnlySpan<byte> json)
    {
        var wire = Deserialize(json, TixJsonContext.Default.MovieListWire, MovieListPayload);
        var data = wire.Data ?? throw Missing(MovieListPayload, "data");
        var movies = new List<TixMovie>(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            var movie = data[i] ?? throw Missing(MovieListPayload, $"data[{i}]");
            var listingId = movie.Id ?? movie.MovieId;
            movies.Add(new TixMovie(
                Id: Required(movie.MovieId ?? movie.Id, MovieListPayload, $"data[{i}].id"),
                ListingId: listingId!,
                Title: Required(movie.Title, MovieListPayload, $"data[{i}].title").Trim(),
                Genres: Names(movie.Genres?.Select(g => g?.Name)),
                PosterUrl: Blank(movie.PosterPath),
                AgeCategory: Blank(movie.AgeCategory),
                Country: Blank(movie.Country),
                Merchants: Names(movie.Merchant?.Select(m => m?.MerchantName)),
                IsPresale: movie.PresaleFlag));
        }

        return movies;
    }

    public static TixSchedulePage ParseSchedulePage(ReadOnlySpan<byte> json)
    {
        const string payload = SchedulePagePayload;
        var wire = Deserialize(json, TixJsonContext.Default.ScheduleResponseWire, payload);
        var data = wire.Data ?? throw Missing(payload, "data");
        var theatres = new List<TixTheatre>(data.Theaters?.Count ?? 0);
        for (var t = 0; t < (data.Theaters?.Count ?? 0); t++)
        {
            var path = $"data.theaters[{t}]";
            var theatre = data.Theaters![t] ?? throw Missing(payload, path);
            var groups = new List<TixPriceGroup>(theatre.PriceGroups?.Count ?? 0);
            for (var g = 0; g < (theatre.PriceGroups?.Count ?? 0); g++)
            {
                var groupPath = $"{path}.price_groups[{g}]";
                var group = theatre.PriceGroups![g] ?? throw Missing(payload, groupPath);
                var showtimes = new List<TixShowtime>(group.ShowTime?.Count ?? 0);
                for (var s = 0; s < (group.ShowTime?.Count ?? 0); s++)
                {
                    var showPath = $"{groupPath}.show_time[{s}]";
                    var show = group.ShowTime![s] ?? throw Missing(payload, showPath);
                    var time = Required(show.DisplayTime, payload, $"{showPath}.display_time");
                    if (!IndonesianClock.TryParseDisplayTime(time, out _))
                    {
                        throw new TixPayloadException(payload, $"{showPath}.display_time '{time}' is not HH:MM");
                    }

                    showtimes.Add(new TixShowtime(Required(show.Id, payload, $"{showPath}.id"), time.Trim(), show.Status ?? 0));
                }

                groups.Add(new TixPriceGroup(
                    group.Category ?? throw Missing(payload, $"{groupPath}.category"),
                    Blank(group.PriceString),
                    showtimes));
            }

            theatres.Add(new TixTheatre(
                Required(theatre.Id, payload, $"{path}.id"),
                Required(theatre.Name, payload, $"{path}.name").Trim(),
                Blank(theatre.Address),
                Required(theatre.Merchant?.MerchantName, payload, $"{path}.merchant.merchant_name").Trim(),
                groups));
        }

        return new TixSchedulePage(data.HasNext, theatres);
    }

    public static SeatLayout ParseSeatLayout(ReadOnlySpan<byte> json)
    {
        var wire = Deserialize(json, TixJsonContext.Default.SeatLayoutResponseWire, SeatLayoutPayload);
        var (entries, path) = wire.Data?.SeatMap is { } nested
            ? (nested, "data.seat_map")
            : (wire.SeatMap ?? throw Missing(SeatLayoutPayload, "data.seat_map"), "seat_map");
        return SeatMapReader.Read(entries, path);
    }

    public static TixTokenGrant ParseToken(ReadOnlySpan<byte> json)
    {
        var wire = Deserialize(json, TixJsonContext.Default.TokenResponseWire, TokenPayload);
        var data = wire.Data ?? throw Missing(TokenPayload, "data");
        return new TixTokenGrant(
            Required(data.Token, TokenPayload, "data.token"),
            Blank(data.RefreshToken));
    }

    /// <summary>Reads TIX's error code and message from an answer, or null when it carries neither.</summary>
    public static (string? Code, string? Message)? ReadError(ReadOnlySpan<byte> json)
    {
        try
        {
            var error = JsonSerializer.Deserialize(json, TixJsonContext.Default.ErrorOnlyWire)?.Error;
            return error is null || (string.IsNullOrEmpty(error.Code) && string.IsNullOrEmpty(error.Message))
                ? null
                : (Blank(error.Code), Blank(error.Message));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static RecognizedCityList? FindCities(string json) => FindCities(Encoding.UTF8.GetBytes(json));

    public static IReadOnlyList<TixMovie> ParseMovies(string json) => ParseMovies(Encoding.UTF8.GetBytes(json));

    public static TixSchedulePage ParseSchedulePage(string json) => ParseSchedulePage(Encoding.UTF8.GetBytes(json));

    public static SeatLayout ParseSeatLayout(string json) => ParseSeatLayout(Encoding.UTF8.GetBytes(json));

    public static TixTokenGrant ParseToken(string json) => ParseToken(Encoding.UTF8.GetBytes(json));

    private static T Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> type, string payload) where T : EnvelopeWire
    {
        T? wire;
        try
        {
            wire = JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 1 } p ? $" at {p.TrimStart('$', '.')}" : "";
            throw new TixPayloadException(payload, $"not valid JSON{where}: {FirstLine(ex.Message)}", ex);
        }

        if (wire is null)
        {
            throw new TixPayloadException(payload, "the body is JSON null");
        }

        if (wire.Success == false || wire.Error?.Code is { Length: > 0 })
        {
            throw new TixApiException(payload, wire.Error?.Code ?? "UNKNOWN_ERROR", wire.Error?.Message);
        }

        return wire;
    }

    internal static TixPayloadException Missing(string payload, string path) => new(payload, $"{path} is missing");

    private static string Required(string? value, string payload, string path) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(payload, path) : value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Names(IEnumerable<string?>? names) =>
        names?.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [];

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
