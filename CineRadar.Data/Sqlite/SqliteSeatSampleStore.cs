using CineRadar.Core.Sampling;
using CineRadar.Core.Seats;
using CineRadar.Core.Stores;
using CineRadar.Data.Serialization;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteSeatSampleStore(SqliteDatabase database) : ISeatSampleStore
{
    private static readonly StoreJsonContext Json = StoreJsonContext.Default;

    public async Task UpsertAsync(IReadOnlyCollection<SeatSample> samples, CancellationToken cancellationToken = default)
    {
        foreach (var sample in samples)
        {
            StoreGuards.Check(sample);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        foreach (var sample in samples)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO seat_samples (showtime_id, kind, date, sampled_at, starts_at, movie_id, theatre_id, city_id, merchant,
                    room_category, total, available, unavailable, house_locked, rows_json, ignored_json, room_key, unavailable_seats)
                VALUES (@ShowtimeId, @Kind, @date, @sampledAt, @startsAt, @MovieId, @TheatreId, @CityId, @Merchant,
                    @RoomCategory, @total, @available, @unavailable, @HouseLocked, @rows, @ignored, @roomKey, @unavailableSeats)
                ON CONFLICT (showtime_id, kind) DO UPDATE SET
                    date = excluded.date, sampled_at = excluded.sampled_at, starts_at = excluded.starts_at,
                    movie_id = excluded.movie_id, theatre_id = excluded.theatre_id, city_id = excluded.city_id,
                    merchant = excluded.merchant, room_category = excluded.room_category, total = excluded.total,
                    available = excluded.available, unavailable = excluded.unavailable, house_locked = excluded.house_locked,
                    rows_json = excluded.rows_json, ignored_json = excluded.ignored_json,
                    room_key = excluded.room_key, unavailable_seats = excluded.unavailable_seats
                """,
                new
                {
                    sample.ShowtimeId,
                    sample.Kind,
                    date = SqliteText.Date(sample.Date),
                    sampledAt = SqliteText.Instant(sample.SampledAt),
                    startsAt = SqliteText.Instant(sample.StartsAt),
                    sample.MovieId,
                    sample.TheatreId,
                    sample.CityId,
                    sample.Merchant,
                    sample.RoomCategory,
                    total = sample.Layout.Total,
                    available = sample.Layout.Available,
                    unavailable = sample.Layout.Unavailable,
                    sample.HouseLocked,
                    rows = StoreJson.Write(sample.Layout.Rows.ToList(), Json.ListSeatRow),
                    ignored = StoreJson.Write(sample.Layout.IgnoredStatuses.ToList(), Json.ListString),
                    roomKey = sample.Layout.RoomKey,
                    unavailableSeats = sample.Layout.UnavailableSeats,
                },
                transaction);
        }

        transaction.Commit();
    }

    public async Task<IReadOnlyList<SeatSample>> GetForShowtimeAsync(string showtimeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SampleRow>(
            "SELECT * FROM seat_samples WHERE showtime_id = @showtimeId ORDER BY sampled_at", new { showtimeId });
        return rows.Select(r => r.ToSample()).ToList();
    }

    public async Task<IReadOnlyList<SeatSampleSummary>> GetSummariesAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SampleRow>(
            """
            SELECT showtime_id, kind, date, sampled_at, starts_at, movie_id, theatre_id, city_id, merchant, room_category,
                   total, available, unavailable, house_locked, room_key, unavailable_seats
            FROM seat_samples WHERE date = @date ORDER BY showtime_id, sampled_at
            """,
            new { date = SqliteText.Date(date) });
        return rows.Select(r => r.ToSummary()).ToList();
    }

    private sealed class SampleRow
    {
        public string ShowtimeId { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Date { get; set; } = "";

        public string SampledAt { get; set; } = "";

        public string StartsAt { get; set; } = "";

        public string MovieId { get; set; } = "";

        public string TheatreId { get; set; } = "";

        public string CityId { get; set; } = "";

        public string Merchant { get; set; } = "";

        public string RoomCategory { get; set; } = "";

        public long Total { get; set; }

        public long Available { get; set; }

        public long Unavailable { get; set; }

        public bool HouseLocked { get; set; }

        public string RowsJson { get; set; } = "[]";

        public string IgnoredJson { get; set; } = "[]";

        public string RoomKey { get; set; } = "";

        public string UnavailableSeats { get; set; } = "";

        public SeatSample ToSample() => new(
            ShowtimeId,
            SqliteText.ToDate(Date),
            Kind,
            SqliteText.ToInstant(SampledAt),
            SqliteText.ToInstant(StartsAt),
            MovieId,
            TheatreId,
            CityId,
            Merchant,
            RoomCategory,
            new SeatLayout(StoreJson.Read(RowsJson, Json.ListSeatRow), StoreJson.Read(IgnoredJson, Json.ListString)),
            HouseLocked);

        public SeatSampleSummary ToSummary() => new(
            ShowtimeId,
            SqliteText.ToDate(Date),
            Kind,
            SqliteText.ToInstant(SampledAt),
            SqliteText.ToInstant(StartsAt),
            MovieId,
            TheatreId,
            CityId,
            Merchant,
            RoomCategory,
            (int)Total,
            (int)Available,
            (int)Unavailable,
            HouseLocked,
            RoomKey,
            UnavailableSeats);
    }
}
