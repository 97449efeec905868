namespace CineRadar.Public.Models;

/// <summary>A movie on a date: its reach, and once sampled its admissions, gross and occupancy.</summary>
public sealed record MovieSummary(
    string Id,
    string Title,
    IReadOnlyList<string> Genres,
    string? PosterUrl,
    string? AgeCategory,
    string? Country,
    bool IsPresale,
    IReadOnlyList<string> Merchants,
    int Cities,
    int Theatres,
    int Showtimes,
    long? Admissions,
    long? GrossRupiah,
    double? OccupancyPct);

public sealed record MovieList(DateOnly Date, DateTimeOffset? ScrapedAt, IReadOnlyList<MovieSummary> Movies);

public sealed record HourCount(int Hour, int Showtimes);

public sealed record MovieDaySummary(long? PriceMinRupiah, long? PriceMaxRupiah, int Showtimes, IReadOnlyList<HourCount> ByHour);

public sealed record MovieCity(string Id, string Name, string TimeZone, IReadOnlyList<TheatreRooms> Theatres);

public sealed record MovieDetail(DateOnly Date, IReadOnlyList<DateOnly> Dates, MovieSummary Movie, MovieDaySummary Summary, IReadOnlyList<MovieCity> Cities);

public sealed record MovieHistoryDay(DateOnly Date, long Admissions, long GrossRupiah, int Showtimes, double OccupancyPct);

public sealed record MovieHistory(string MovieId, string Title, IReadOnlyList<MovieHistoryDay> Days);
