using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Dapper;

namespace CineRadar.Data.Sqlite;

internal sealed class SqliteAdmissionsStore(SqliteDatabase database) : IAdmissionsStore
{
    public async Task SaveAsync(
        DateOnly date,
        IReadOnlyCollection<ShowtimeEstimate> estimates,
        IReadOnlyCollection<DailyRollup> rollups,
        CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(date, estimates, rollups);

        var day = SqliteText.Date(date);
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        foreach (var e in estimates)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO showtime_estimates (date, showtime_id, movie_id, movie_title, theatre_id, theatre_name, city_id,
                    city_name, merchant, room_category, display_time, starts_at, capacity, admissions, ticket_price, basis,
                    house_locked, updated_at, admissions_low, admissions_high)
                VALUES (@day, @ShowtimeId, @MovieId, @MovieTitle, @TheatreId, @TheatreName, @CityId, @CityName, @Merchant,
                    @RoomCategory, @DisplayTime, @startsAt, @Capacity, @Admissions, @TicketPriceRupiah, @Basis, @HouseLocked,
                    @updatedAt, @AdmissionsLow, @AdmissionsHigh)
                ON CONFLICT (date, showtime_id) DO UPDATE SET
                    movie_id = excluded.movie_id, movie_title = excluded.movie_title, theatre_id = excluded.theatre_id,
                    theatre_name = excluded.theatre_name, city_id = excluded.city_id, city_name = excluded.city_name,
                    merchant = excluded.merchant, room_category = excluded.room_category, display_time = excluded.display_time,
                    starts_at = excluded.starts_at, capacity = excluded.capacity, admissions = excluded.admissions,
                    ticket_price = excluded.ticket_price, basis = excluded.basis, house_locked = excluded.house_locked,
                    updated_at = excluded.updated_at, admissions_low = excluded.admissions_low,
                    admissions_high = excluded.admissions_high
                """,
                new
                {
                    day,
                    e.ShowtimeId,
                    e.MovieId,
                    e.MovieTitle,
                    e.TheatreId,
                    e.TheatreName,
                    e.CityId,
                    e.CityName,
                    e.Merchant,
                    e.RoomCategory,
                    e.DisplayTime,
                    startsAt = SqliteText.Instant(e.StartsAt),
                    e.Capacity,
                    e.Admissions,
                    e.TicketPriceRupiah,
                    e.Basis,
                    e.HouseLocked,
                    updatedAt = SqliteText.Instant(e.UpdatedAt),
                    e.AdmissionsLow,
                    e.AdmissionsHigh,
                },
                transaction);
        }

        await connection.ExecuteAsync("DELETE FROM daily_rollups WHERE date = @day", new { day }, transaction);
        foreach (var r in rollups)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO daily_rollups (date, dimension, key, name, admissions, gross, capacity, showtimes, estimated_showtimes, updated_at,
                    admissions_low, admissions_high, gross_low, gross_high, admissions_so_far, gross_so_far)
                VALUES (@day, @dimension, @Key, @Name, @Admissions, @EstimatedGrossRupiah, @Capacity, @Showtimes, @EstimatedShowtimes, @updatedAt,
                    @AdmissionsLow, @AdmissionsHigh, @GrossLow, @GrossHigh, @AdmissionsSoFar, @GrossSoFar)
                """,
                new
                {
                    day,
                    dimension = r.Dimension.ToString(),
                    r.Key,
                    r.Name,
                    r.Admissions,
                    r.EstimatedGrossRupiah,
                    r.Capacity,
                    r.Showtimes,
                    r.EstimatedShowtimes,
                    updatedAt = SqliteText.Instant(r.UpdatedAt),
                    r.AdmissionsLow,
                    r.AdmissionsHigh,
                    r.GrossLow,
                    r.GrossHigh,
                    r.AdmissionsSoFar,
                    r.GrossSoFar,
                },
                transaction);
        }

        transaction.Commit();
    }

    public async Task<IReadOnlyList<ShowtimeEstimate>> GetEstimatesAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EstimateRow>(
            "SELECT * FROM showtime_estimates WHERE date = @date ORDER BY starts_at, showtime_id", new { date = SqliteText.Date(date) });
        return rows.Select(r => r.ToEstimate()).ToList();
    }

    public async Task<IReadOnlyList<DailyRollup>> GetRollupsAsync(DateOnly date, RollupDimension dimension, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RollupRow>(
            "SELECT * FROM daily_rollups WHERE date = @date AND dimension = @dimension ORDER BY admissions DESC, key",
            new { date = SqliteText.Date(date), dimension = dimension.ToString() });
        return rows.Select(r => r.ToRollup()).ToList();
    }

    public async Task<IReadOnlyList<DailyRollup>> GetHistoryAsync(
        RollupDimension dimension, string key, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RollupRow>(
            """
            SELECT * FROM daily_rollups
            WHERE dimension = @dimension AND key = @key AND date BETWEEN @from AND @to
            ORDER BY date
            """,
            new { dimension = dimension.ToString(), key, from = SqliteText.Date(from), to = SqliteText.Date(to) });
        return rows.Select(r => r.ToRollup()).ToList();
    }

    private sealed class EstimateRow
    {
        public string Date { get; set; } = "";

        public string ShowtimeId { get; set; } = "";

        public string MovieId { get; set; } = "";

        public string MovieTitle { get; set; } = "";

        public string TheatreId { get; set; } = "";

        public string TheatreName { get; set; } = "";

        public string CityId { get; set; } = "";

        public string CityName { get; set; } = "";

        public string Merchant { get; set; } = "";

        public string RoomCategory { get; set; } = "";

        public string DisplayTime { get; set; } = "";

        public string StartsAt { get; set; } = "";

        public long Capacity { get; set; }

        public long Admissions { get; set; }

        public long? TicketPrice { get; set; }

        public string Basis { get; set; } = "";

        public bool HouseLocked { get; set; }

        public string UpdatedAt { get; set; } = "";

        public long AdmissionsLow { get; set; }

        public long AdmissionsHigh { get; set; }

        public ShowtimeEstimate ToEstimate() => new(
            ShowtimeId,
            SqliteText.ToDate(Date),
            MovieId,
            MovieTitle,
            TheatreId,
            TheatreName,
            CityId,
            CityName,
            Merchant,
            RoomCategory,
            DisplayTime,
            SqliteText.ToInstant(StartsAt),
            (int)Capacity,
            (int)Admissions,
            TicketPrice,
            Basis,
            HouseLocked,
            SqliteText.ToInstant(UpdatedAt),
            (int)AdmissionsLow,
            (int)AdmissionsHigh);
    }

    private sealed class RollupRow
    {
        public string Date { get; set; } = "";

        public string Dimension { get; set; } = "";

        public string Key { get; set; } = "";

        public string Name { get; set; } = "";

        public long Admissions { get; set; }

        public long Gross { get; set; }

        public long Capacity { get; set; }

        public long Showtimes { get; set; }

        public long EstimatedShowtimes { get; set; }

        public string UpdatedAt { get; set; } = "";

        public long AdmissionsLow { get; set; }

        public long AdmissionsHigh { get; set; }

        public long GrossLow { get; set; }

        public long GrossHigh { get; set; }

        public long? AdmissionsSoFar { get; set; }

        public long? GrossSoFar { get; set; }

        public DailyRollup ToRollup() => new(
            SqliteText.ToDate(Date),
            Enum.Parse<RollupDimension>(Dimension),
            Key,
            Name,
            Admissions,
            Gross,
            Capacity,
            (int)Showtimes,
            (int)EstimatedShowtimes,
            SqliteText.ToInstant(UpdatedAt),
            AdmissionsLow,
            AdmissionsHigh,
            GrossLow,
            GrossHigh,
            AdmissionsSoFar,
            GrossSoFar);
    }
}
