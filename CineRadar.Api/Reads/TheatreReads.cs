using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Views;

namespace CineRadar.Api.Reads;

/// <summary>Theatres and a theatre's day.</summary>
internal sealed class TheatreReads(VersionedCache cache, CityIndexes cities, TheatreIndexes theatres, DayViews days)
{
    public ValueTask<CachedJson<List<TheatreDto>>> ListAsync(string? cityId, string? chain, string? text, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("theatres", cityId, chain?.ToUpperInvariant(), text?.ToLowerInvariant()),
            ct => ComputeListAsync(cityId, chain, text, ct),
            cancellationToken,
            isVolatile: true);

    private async ValueTask<Found<List<TheatreDto>>> ComputeListAsync(string? cityId, string? chain, string? text, CancellationToken cancellationToken)
    {
        var index = await theatres.GetAsync(cancellationToken);
        if (cityId is not null && !ReferenceReads.IsKnownCity(cityId, await cities.GetAsync(cancellationToken), index))
        {
            return Found<List<TheatreDto>>.NotFound(ReferenceReads.UnknownCity(cityId));
        }

        return index.All
            .Where(t => cityId is null || t.CityId == cityId)
            .Where(t => chain is null || string.Equals(t.Chain.Key, chain, StringComparison.OrdinalIgnoreCase))
            .Where(t => text is null
                        || t.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                        || (t.Address?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false))
            .Select(t => TheatreDto.From(t, index.Cities))
            .ToList();
    }

    public ValueTask<CachedJson<TheatreDto>> OneAsync(string theatreId, CancellationToken cancellationToken) =>
        cache.AnswerAsync(VersionedCache.Key("theatre", theatreId), ct => ComputeOneAsync(theatreId, ct), cancellationToken, isVolatile: true);

    private async ValueTask<Found<TheatreDto>> ComputeOneAsync(string theatreId, CancellationToken cancellationToken) =>
        await theatres.GetAsync(cancellationToken) is var index && index.Find(theatreId) is { } theatre
            ? TheatreDto.From(theatre, index.Cities)
            : Found<TheatreDto>.NotFound(UnknownTheatre(theatreId));

    public ValueTask<CachedJson<TheatreScheduleDto>> ScheduleAsync(string theatreId, DateOnly date, CancellationToken cancellationToken) =>
        cache.AnswerAsync(
            VersionedCache.Key("theatre-schedule", theatreId, VersionedCache.Key(date)), ct => ComputeScheduleAsync(theatreId, date, ct), cancellationToken);

    private async ValueTask<Found<TheatreScheduleDto>> ComputeScheduleAsync(string theatreId, DateOnly date, CancellationToken cancellationToken)
    {
        var index = await theatres.GetAsync(cancellationToken);
        var day = await days.GetAsync(date, cancellationToken);
        var showing = day.Movies
            .Select(m => (Movie: m, Theatre: m.Theatres.FirstOrDefault(t => t.TheatreId == theatreId)))
            .Where(m => m.Theatre is not null)
            .ToList();
        var theatre = index.Find(theatreId) ?? (showing.Count > 0 ? index.For(showing[0].Theatre!, day.ScrapedAt ?? default) : null);
        if (theatre is null)
        {
            return Found<TheatreScheduleDto>.NotFound(UnknownTheatre(theatreId));
        }

        var movies = showing
            .Select(m => new TheatreMovie(MovieSummary.From(m.Movie, day), m.Theatre!.Rooms.Select(r => RoomDto.From(r, day)).ToList()))
            .ToList();
        return new TheatreScheduleDto(date, TheatreDto.From(theatre, index.Cities), movies);
    }

    public static string UnknownTheatre(string theatreId) => $"No theatre with id {theatreId}.";
}
