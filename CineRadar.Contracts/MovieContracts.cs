namespace CineRadar.Contracts;

/// <summary>
/// A movie on a date, in the whole country or in one city: its reach, and (once sampled) the admissions and gross
/// estimated for it and how full its shows are on average: seats taken over seats, summed over every show with a
/// reading, each at its newest reading that is not house-locked (the last one before the lock). The admissions and
/// gross come with their 90 % interval (<c>admissionsLow</c>..<c>admissionsHigh</c>,
/// <c>grossLowRupiah</c>..<c>grossHighRupiah</c>), null like them until sampled.
/// </summary>
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
    double? OccupancyPct,
    long? AdmissionsLow,
    long? AdmissionsHigh,
    long? GrossLowRupiah,
    long? GrossHighRupiah);

public sealed record MovieList(DateOnly Date, DateTimeOffset? ScrapedAt, IReadOnlyList<MovieSummary> Movies);

public sealed record HourCount(int Hour, int Showtimes);

public sealed record MovieDaySummary(long? PriceMinRupiah, long? PriceMaxRupiah, int Showtimes, IReadOnlyList<HourCount> ByHour);

public sealed record MovieCity(string Id, string Name, string TimeZone, IReadOnlyList<TheatreRooms> Theatres);

public sealed record MovieDetail(DateOnly Date, IReadOnlyList<DateOnly> Dates, MovieSummary Movie, MovieDaySummary Summary, IReadOnlyList<MovieCity> Cities);

public sealed record MovieHistoryDay(
    DateOnly Date,
    long Admissions,
    long GrossRupiah,
    int Showtimes,
    double OccupancyPct,
    long AdmissionsLow,
    long AdmissionsHigh,
    long GrossLowRupiah,
    long GrossHighRupiah);

public sealed record MovieHistory(string MovieId, string Title, IReadOnlyList<MovieHistoryDay> Days);

public sealed record TheatreMovie(MovieSummary Movie, IReadOnlyList<RoomDto> Rooms);

public sealed record TheatreScheduleDto(DateOnly Date, TheatreDto Theatre, IReadOnlyList<TheatreMovie> Movies);
