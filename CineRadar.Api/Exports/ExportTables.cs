using CineRadar.Core.Catalog;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using static CineRadar.Api.Exports.ExportColumn;

namespace CineRadar.Api.Exports;

/// <summary>
/// The three exports' columns, in the order the files have them (docs/api.md describes each), read from the store a
/// WIB business day at a time.
/// </summary>
internal sealed class ExportTables(ICatalogStore catalog, ISeatSampleStore samples, IAdmissionsStore admissions)
{
    public static readonly IReadOnlyList<ExportColumn<ShowtimeRow>> ShowtimeColumns =
    [
        Date<ShowtimeRow>("date", r => r.Date),
        Text<ShowtimeRow>("showtime_id", r => r.Showtime.Id),
        Text<ShowtimeRow>("movie_id", r => r.Movie.Id),
        Text<ShowtimeRow>("movie_title", r => r.Movie.Title),
        Text<ShowtimeRow>("theatre_id", r => r.Theatre.TheatreId),
        Text<ShowtimeRow>("theatre_name", r => r.Theatre.TheatreName),
        Text<ShowtimeRow>("chain", r => r.Theatre.Chain.Key),
        Text<ShowtimeRow>("merchant", r => r.Theatre.Merchant),
        Text<ShowtimeRow>("city_id", r => r.Theatre.CityId),
        Text<ShowtimeRow>("city_name", r => r.Theatre.CityName),
        Text<ShowtimeRow>("room_category", r => r.Room.Category),
        Long<ShowtimeRow>("price_min_rupiah", r => r.Room.Price?.MinRupiah, nullable: true),
        Long<ShowtimeRow>("price_max_rupiah", r => r.Room.Price?.MaxRupiah, nullable: true),
        Text<ShowtimeRow>("local_time", r => r.Showtime.DisplayTime),
        Instant<ShowtimeRow>("starts_at", r => r.Showtime.StartsAt),
        Int<ShowtimeRow>("tix_status", r => r.Showtime.Status),
        Bool<ShowtimeRow>("bookable", r => r.Showtime.IsBookable),
        Instant<ShowtimeRow>("added_at", r => r.Showtime.AddedAt, nullable: true),
        Instant<ShowtimeRow>("moved_from", r => r.Showtime.MovedFrom, nullable: true),
        Instant<ShowtimeRow>("cancelled_at", r => r.Showtime.CancelledAt, nullable: true),
    ];

    public static readonly IReadOnlyList<ExportColumn<SeatSampleSummary>> SampleColumns =
    [
        Date<SeatSampleSummary>("date", r => r.Date),
        Text<SeatSampleSummary>("showtime_id", r => r.ShowtimeId),
        Text<SeatSampleSummary>("kind", r => r.Kind),
        Instant<SeatSampleSummary>("sampled_at", r => r.SampledAt),
        Instant<SeatSampleSummary>("starts_at", r => r.StartsAt),
        Text<SeatSampleSummary>("movie_id", r => r.MovieId),
        Text<SeatSampleSummary>("theatre_id", r => r.TheatreId),
        Text<SeatSampleSummary>("city_id", r => r.CityId),
        Text<SeatSampleSummary>("merchant", r => r.Merchant),
        Text<SeatSampleSummary>("room_category", r => r.RoomCategory),
        Int<SeatSampleSummary>("seats_total", r => r.Total),
        Int<SeatSampleSummary>("seats_available", r => r.Available),
        Int<SeatSampleSummary>("seats_unavailable", r => r.Unavailable),
        Double<SeatSampleSummary>("occupancy_pct", r => r.OccupancyPct),
        Bool<SeatSampleSummary>("house_locked", r => r.HouseLocked),
    ];

    public static readonly IReadOnlyList<ExportColumn<ShowtimeEstimate>> EstimateColumns =
    [
        Date<ShowtimeEstimate>("date", r => r.Date),
        Text<ShowtimeEstimate>("showtime_id", r => r.ShowtimeId),
        Text<ShowtimeEstimate>("movie_id", r => r.MovieId),
        Text<ShowtimeEstimate>("movie_title", r => r.MovieTitle),
        Text<ShowtimeEstimate>("theatre_id", r => r.TheatreId),
        Text<ShowtimeEstimate>("theatre_name", r => r.TheatreName),
        Text<ShowtimeEstimate>("city_id", r => r.CityId),
        Text<ShowtimeEstimate>("city_name", r => r.CityName),
        Text<ShowtimeEstimate>("merchant", r => r.Merchant),
        Text<ShowtimeEstimate>("room_category", r => r.RoomCategory),
        Text<ShowtimeEstimate>("local_time", r => r.DisplayTime),
        Instant<ShowtimeEstimate>("starts_at", r => r.StartsAt),
        Int<ShowtimeEstimate>("capacity", r => r.Capacity),
        Int<ShowtimeEstimate>("admissions", r => r.Admissions),
        Int<ShowtimeEstimate>("admissions_low", r => r.AdmissionsLow),
        Int<ShowtimeEstimate>("admissions_high", r => r.AdmissionsHigh),
        Double<ShowtimeEstimate>("occupancy_pct", r => r.OccupancyPct),
        Long<ShowtimeEstimate>("ticket_price_rupiah", r => r.TicketPriceRupiah, nullable: true),
        Long<ShowtimeEstimate>("gross_rupiah", r => r.TicketPriceRupiah is null ? null : r.EstimatedGrossRupiah, nullable: true),
        Long<ShowtimeEstimate>("gross_low_rupiah", r => r.TicketPriceRupiah is null ? null : r.GrossLowRupiah, nullable: true),
        Long<ShowtimeEstimate>("gross_high_rupiah", r => r.TicketPriceRupiah is null ? null : r.GrossHighRupiah, nullable: true),
        Text<ShowtimeEstimate>("basis", r => r.Basis),
        Bool<ShowtimeEstimate>("house_locked", r => r.HouseLocked),
        Instant<ShowtimeEstimate>("updated_at", r => r.UpdatedAt),
    ];

    public IExportTable For(ExportDataset dataset) => dataset switch
    {
        ExportDataset.Showtimes => new ExportTable<ShowtimeRow>(ShowtimeColumns, ShowtimesAsync),
        ExportDataset.Samples => new ExportTable<SeatSampleSummary>(SampleColumns, samples.GetSummariesAsync),
        ExportDataset.Estimates => new ExportTable<ShowtimeEstimate>(EstimateColumns, admissions.GetEstimatesAsync),
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, null),
    };

    private async Task<IReadOnlyList<ShowtimeRow>> ShowtimesAsync(DateOnly date, CancellationToken cancellationToken) =>
        [.. from schedule in await catalog.GetSchedulesAsync(date, cancellationToken)
            from theatre in schedule.Theatres
            from room in theatre.Rooms
            from showtime in room.Showtimes
            select new ShowtimeRow(date, schedule.Movie, theatre, room, showtime)];
}

/// <summary>One listed showtime with where and what it is.</summary>
internal sealed record ShowtimeRow(DateOnly Date, Movie Movie, TheatreSchedule Theatre, Room Room, Showtime Showtime);
