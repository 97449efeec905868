using CineRadar.Api.Views;
using CineRadar.Core.Catalog;
using CineRadar.Core.Rooms;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Contracts;

internal sealed record RoomFormatDto(string Label, string Dimension, string Technology, string Tier)
{
    public static RoomFormatDto From(RoomFormat format) => new(format.Label, format.Dimension.ToString(), format.Technology, format.Tier);
}

internal sealed record PriceDto(long MinRupiah, long MaxRupiah)
{
    public static PriceDto? From(PriceRange? price) => price is null ? null : new(price.MinRupiah, price.MaxRupiah);
}

/// <summary>
/// A showtime's latest seat reading, without the seat map: its occupancy as TIX showed it, and
/// <see cref="SoldPct"/>, the share of seats sold as far as the readings tell: the latest reading's occupancy, or the
/// last one before the house was locked; null when every reading is locked.
/// </summary>
internal sealed record OccupancyDto(string Kind, DateTimeOffset SampledAt, double OccupancyPct, bool HouseLocked, double? SoldPct)
{
    public static OccupancyDto? From(string showtimeId, DayView day) =>
        day.Latest.GetValueOrDefault(showtimeId) is not { } reading
            ? null
            : new(reading.Kind, reading.SampledAt, reading.OccupancyPct, reading.HouseLocked, day.LatestUnlocked.GetValueOrDefault(showtimeId)?.OccupancyPct);
}

internal sealed record ShowtimeDto(string Id, string Time, DateTimeOffset StartsAt, bool Bookable, OccupancyDto? Occupancy)
{
    public static ShowtimeDto From(Showtime showtime, DayView day) => new(
        showtime.Id, showtime.DisplayTime, showtime.StartsAt, showtime.IsBookable, OccupancyDto.From(showtime.Id, day));
}

internal sealed record RoomDto(string Category, RoomFormatDto Format, string? PriceText, PriceDto? Price, IReadOnlyList<ShowtimeDto> Showtimes)
{
    public static RoomDto From(Room room, DayView day) => new(
        room.Category, RoomFormatDto.From(room.Format), room.PriceText, PriceDto.From(room.Price), room.Showtimes.Select(s => ShowtimeDto.From(s, day)).ToList());
}

/// <summary>A theatre with the rooms and showtimes it has for one movie.</summary>
internal sealed record TheatreRoomsDto(TheatreDto Theatre, IReadOnlyList<RoomDto> Rooms)
{
    public static TheatreRoomsDto From(TheatreSchedule schedule, DayView day, TheatreIndex theatres) => new(
        TheatreDto.From(theatres.For(schedule, day.ScrapedAt ?? default), theatres.Cities), schedule.Rooms.Select(r => RoomDto.From(r, day)).ToList());
}
