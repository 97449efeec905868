using CineRadar.Core.Sampling;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// CineRadar's own <c>admissions_estimates/{date}_{showtimeId}</c> and <c>daily_rollups/{date}_{dimension}_{key}</c>,
/// and the original web's <c>daily_admissions/{date}/movies/{movieId}</c> (<c>total_admissions</c>, <c>updated_at</c>,
/// <c>showtimes</c>), derived from the estimates.
/// </summary>
internal static class AdmissionsDocuments
{
    public static Dictionary<string, object?> WriteEstimate(ShowtimeEstimate estimate) => new(StringComparer.Ordinal)
    {
        ["showtime_id"] = estimate.ShowtimeId,
        ["date"] = estimate.Date,
        ["movie_id"] = estimate.MovieId,
        ["movie_title"] = estimate.MovieTitle,
        ["theatre_id"] = estimate.TheatreId,
        ["theatre_name"] = estimate.TheatreName,
        ["city_id"] = estimate.CityId,
        ["city_name"] = estimate.CityName,
        ["merchant"] = estimate.Merchant,
        ["room_category"] = estimate.RoomCategory,
        ["display_time"] = estimate.DisplayTime,
        ["starts_at"] = estimate.StartsAt,
        ["capacity"] = estimate.Capacity,
        ["admissions"] = estimate.Admissions,
        ["ticket_price_rupiah"] = estimate.TicketPriceRupiah,
        ["estimated_gross_rupiah"] = estimate.EstimatedGrossRupiah,
        ["occupancy_pct"] = estimate.OccupancyPct,
        ["basis"] = estimate.Basis,
        ["house_locked"] = estimate.HouseLocked,
        ["updated_at"] = estimate.UpdatedAt,
        ["admissions_low"] = estimate.AdmissionsLow,
        ["admissions_high"] = estimate.AdmissionsHigh,
    };

    public static ShowtimeEstimate ReadEstimate(FirestoreFields fields) => new(
        fields.Required("showtime_id"),
        fields.RequiredDate("date"),
        fields.String("movie_id") ?? "",
        fields.String("movie_title") ?? "",
        fields.String("theatre_id") ?? "",
        fields.String("theatre_name") ?? "",
        fields.String("city_id") ?? "",
        fields.String("city_name") ?? "",
        fields.String("merchant") ?? "",
        fields.String("room_category") ?? "",
        fields.String("display_time") ?? "",
        fields.RequiredInstant("starts_at"),
        fields.Int("capacity"),
        fields.Int("admissions"),
        fields.Long("ticket_price_rupiah"),
        fields.String("basis") ?? "",
        fields.Bool("house_locked"),
        fields.RequiredInstant("updated_at"),
        (int)(fields.Long("admissions_low") ?? fields.Int("admissions")),
        (int)(fields.Long("admissions_high") ?? fields.Int("admissions")));

    public static Dictionary<string, object?> WriteRollup(DailyRollup rollup) => new(StringComparer.Ordinal)
    {
        ["date"] = rollup.Date,
        ["dimension"] = Words.Of(rollup.Dimension),
        ["key"] = rollup.Key,
        ["name"] = rollup.Name,
        ["admissions"] = rollup.Admissions,
        ["estimated_gross_rupiah"] = rollup.EstimatedGrossRupiah,
        ["capacity"] = rollup.Capacity,
        ["occupancy_pct"] = rollup.OccupancyPct,
        ["showtimes"] = rollup.Showtimes,
        ["estimated_showtimes"] = rollup.EstimatedShowtimes,
        ["updated_at"] = rollup.UpdatedAt,
        ["admissions_low"] = rollup.AdmissionsLow,
        ["admissions_high"] = rollup.AdmissionsHigh,
        ["gross_low_rupiah"] = rollup.GrossLow,
        ["gross_high_rupiah"] = rollup.GrossHigh,
        ["admissions_so_far"] = rollup.AdmissionsSoFar,
        ["gross_so_far_rupiah"] = rollup.GrossSoFar,
    };

    public static DailyRollup ReadRollup(FirestoreFields fields) => new(
        fields.RequiredDate("date"),
        Words.Parse(fields.String("dimension"), RollupDimension.Movie),
        fields.Required("key"),
        fields.String("name") ?? "",
        fields.Long("admissions") ?? 0,
        fields.Long("estimated_gross_rupiah") ?? 0,
        fields.Long("capacity") ?? 0,
        fields.Int("showtimes"),
        fields.Int("estimated_showtimes"),
        fields.RequiredInstant("updated_at"),
        fields.Long("admissions_low") ?? fields.Long("admissions") ?? 0,
        fields.Long("admissions_high") ?? fields.Long("admissions") ?? 0,
        fields.Long("gross_low_rupiah") ?? fields.Long("estimated_gross_rupiah") ?? 0,
        fields.Long("gross_high_rupiah") ?? fields.Long("estimated_gross_rupiah") ?? 0,
        fields.Long("admissions_so_far"),
        fields.Long("gross_so_far_rupiah"));

    /// <summary>The web's per-movie day document; its showtime list is cut (and flagged) if it would pass the size limit.</summary>
    public static Dictionary<string, object?> WriteMovieDay(string path, IReadOnlyCollection<ShowtimeEstimate> estimates, DateTimeOffset updatedAt)
    {
        var ordered = estimates.OrderBy(e => e.StartsAt).ThenBy(e => e.ShowtimeId, StringComparer.Ordinal).ToList();
        var first = ordered[0];
        Dictionary<string, object?> Fields(int count) => new(StringComparer.Ordinal)
        {
            ["movie_id"] = first.MovieId,
            ["title"] = first.MovieTitle,
            ["date"] = first.Date,
            ["total_admissions"] = ordered.Sum(e => (long)e.Admissions),
            ["updated_at"] = FirestoreTime.Format(updatedAt),
            ["showtimes_truncated"] = count < ordered.Count,
            ["showtimes"] = ordered.Take(count).Select(e => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["time"] = e.DisplayTime,
                ["city"] = e.CityName,
                ["theatre"] = e.TheatreName,
                ["capacity"] = e.Capacity,
                ["admissions"] = e.Admissions,
                ["occupancy_pct"] = e.OccupancyPct,
            }).ToList(),
        };

        var count = ordered.Count;
        while (count > 0 && DocumentSize.Of(path, FirestoreValue.EncodeFields(Fields(count))) > DocumentSize.MaxBytes)
        {
            count /= 2;
        }

        return Fields(count);
    }
}
