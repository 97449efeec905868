using System.Text.Json;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Contracts;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Payloads;

/// <summary>The catalog payloads: city list, movie list per city and schedule pages (reference §1.5.1, §1.5.2).</summary>
internal static class CatalogPayloads
{
    /// <summary>The city list, its items' keys named by the contract.</summary>
    public static JsonPayload Cities(World world, SandboxContract contract) => JsonPayload.Success(writer =>
    {
        writer.WriteStartArray();
        foreach (var market in world.Markets)
        {
            writer.WriteStartObject();
            writer.WriteString(contract.CityIdKey, market.City.Id);
            writer.WriteString(contract.CityNameKey, market.City.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    public static JsonPayload Movies(IReadOnlyList<CityMovie> movies, string posterBaseUrl) => JsonPayload.Success(writer =>
    {
        writer.WriteStartArray();
        foreach (var (movie, chains) in movies)
        {
            writer.WriteStartObject();
            writer.WriteString("id", movie.ListedId);
            if (movie.ListingId is not null)
            {
                writer.WriteString("movie_id", movie.ScheduleId);
            }

            writer.WriteString("title", movie.Title);
            writer.WriteStartArray("genres");
            foreach (var genre in movie.Genres)
            {
                writer.WriteStartObject();
                writer.WriteString("name", genre);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("poster_path", PosterUrl(posterBaseUrl, movie));
            writer.WriteString("age_category", movie.AgeCategory);
            writer.WriteString("country", movie.Country);
            writer.WriteStartArray("merchant");
            foreach (var chain in chains)
            {
                writer.WriteStartObject();
                writer.WriteString("merchant_name", chain.MerchantName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("presale_flag", movie.Presale ? 1 : 0);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    public static string PosterUrl(string appBaseUrl, SandboxMovie movie) => $"{appBaseUrl}/assets/movie_poster_v2/{movie.PosterId}.svg";

    /// <summary>One page of theatres; times and statuses are those listed at <paramref name="now"/>.</summary>
    public static JsonPayload SchedulePage(IReadOnlyList<SandboxTheatreSchedule> theatres, int page, int pageSize, DateTimeOffset now) =>
        JsonPayload.Success(
            writer =>
            {
                var skip = (long)(page - 1) * pageSize;
                writer.WriteStartObject();
                writer.WriteBoolean("has_next", skip + pageSize < theatres.Count);
                writer.WriteStartArray("theaters");
                for (var i = (int)Math.Min(skip, theatres.Count); i < Math.Min(skip + pageSize, theatres.Count); i++)
                {
                    WriteTheatre(writer, theatres[i], now);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            capacity: 16_384);

    private static void WriteTheatre(Utf8JsonWriter writer, SandboxTheatreSchedule schedule, DateTimeOffset now)
    {
        var theatre = schedule.Theatre;
        writer.WriteStartObject();
        writer.WriteString("id", theatre.Id);
        writer.WriteString("name", theatre.Name);
        writer.WriteString("address", theatre.Address);
        writer.WriteStartObject("merchant");
        writer.WriteString("merchant_name", theatre.Chain.MerchantName);
        writer.WriteEndObject();
        writer.WriteStartArray("price_groups");
        foreach (var group in schedule.PriceGroups)
        {
            writer.WriteStartObject();
            writer.WriteString("category", group.Category);
            writer.WriteString("price_string", group.PriceString);
            writer.WriteStartArray("show_time");
            foreach (var showtime in group.Showtimes)
            {
                if (showtime.ListingAt(now) is not { } listing)
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString("id", showtime.Id);
                writer.WriteString("display_time", listing.DisplayTime);
                writer.WriteNumber("status", ShowtimeStatus.At(showtime, listing, now));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
