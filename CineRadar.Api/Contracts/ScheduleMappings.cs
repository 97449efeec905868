using CineRadar.Api.Views;
using CineRadar.Core.Catalog;
using CineRadar.Core.Rooms;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Contracts;

// A schedule's rooms and showtimes on a day, with each showtime's latest reading from the day view.

internal static class RoomFormatMapping
{
    extension(RoomFormatDto)
    {
        public static RoomFormatDto From(RoomFormat format) => new(format.Label, format.Dimension.ToString(), format.Technology, format.Tier);
    }
}

internal static class PriceMapping
{
    extension(Price)
    {
        public static Price? From(PriceRange? price) => price is null ? null : new(price.MinRupiah, price.MaxRupiah);
    }
}

internal static class OccupancyMapping
{
    extension(OccupancyReading)
    {
        public static OccupancyReading? From(string showtimeId, DayView day) =>
            day.Latest.GetValueOrDefault(showtimeId) is not { } reading
                ? null
                : new(reading.Kind, reading.SampledAt, reading.OccupancyPct, reading.HouseLocked, day.LatestUnlocked.GetValueOrDefault(showtimeId)?.OccupancyPct);
    }
}

internal static class ShowtimeMapping
{
    extension(ShowtimeDto)
    {
        public static ShowtimeDto From(Showtime showtime, DayView day) => new(
            showtime.Id, showtime.DisplayTime, showtime.StartsAt, showtime.IsBookable, OccupancyReading.From(showtime.Id, day),
            showtime.IsCancelled, showtime.MovedFrom, showtime.AddedAt);
    }
}

internal static class RoomMapping
{
    extension(RoomDto)
    {
        public static RoomDto From(Room room, DayView day) => new(
            room.Category, RoomFormatDto.From(room.Format), room.PriceText, Price.From(room.Price), room.Showtimes.Select(s => ShowtimeDto.From(s, day)).ToList());
    }
}

internal static class TheatreRoomsMapping
{
    extension(TheatreRooms)
    {
        public static TheatreRooms From(TheatreSchedule schedule, DayView day, TheatreIndex theatres) => new(
            TheatreDto.From(theatres.For(schedule, day.ScrapedAt ?? default), theatres.Cities), schedule.Rooms.Select(r => RoomDto.From(r, day)).ToList());
    }
}
