namespace CineRadar.Core.Catalog;

/// <summary>
/// What a re-read of a city's schedules changed, and the city's schedules with those changes applied:
/// <see cref="Added"/> shows the stored day did not have, <see cref="Moved"/> shows whose start moved (same id),
/// <see cref="Cancelled"/> shows that are gone from TIX's listing before they started.
/// </summary>
public sealed record AppliedScheduleChanges(CityScrape Merged, IReadOnlyList<Showtime> Added, IReadOnlyList<Showtime> Moved, IReadOnlyList<Showtime> Cancelled)
{
    public bool Any => Added.Count + Moved.Count + Cancelled.Count > 0;
}

/// <summary>
/// Applies a re-read of a city's schedules to the stored ones, losing nothing. For every movie read again (and every
/// stored movie TIX no longer lists), the fresh showtimes replace the stored ones, except that a stored show missing
/// from the fresh listing stays: marked cancelled when it had not started, kept as it was when it had (TIX may drop a
/// show from its listing once it has started; that is no cancellation). A show whose id is listed at another time is
/// moved, keeping the first start it had; a new id is added. Movies not read again keep their stored schedules.
/// </summary>
public static class ScheduleChanges
{
    /// <param name="stored">The city's schedules as published before (null when the city had none).</param>
    /// <param name="fresh">The re-read: every movie TIX lists now, with the schedules of the movies read.</param>
    /// <param name="moviesRead">The movies whose schedules were read (their absence from <paramref name="fresh"/>'s
    /// schedules means no showtime); null when every listed movie was read.</param>
    public static AppliedScheduleChanges Apply(CityScrape? stored, CityScrape fresh, IReadOnlySet<string>? moviesRead, DateTimeOffset now)
    {
        var storedSchedules = stored?.Schedules.ToDictionary(s => s.MovieId, s => s.Theatres, StringComparer.Ordinal)
                              ?? new Dictionary<string, IReadOnlyList<TheatreSchedule>>(StringComparer.Ordinal);
        var freshSchedules = fresh.Schedules.ToDictionary(s => s.MovieId, s => s.Theatres, StringComparer.Ordinal);
        var listed = fresh.Movies.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        bool WasRead(string movieId) => moviesRead is null || moviesRead.Contains(movieId) || !listed.Contains(movieId);

        var before = storedSchedules.Values.SelectMany(Showtimes).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var added = new List<Showtime>();
        var moved = new List<Showtime>();
        var cancelled = new List<Showtime>();
        var schedules = new List<CityMovieSchedule>();
        var movieIds = fresh.Movies.Select(m => m.Id).Concat(storedSchedules.Keys).Distinct(StringComparer.Ordinal);
        foreach (var movieId in movieIds)
        {
            var kept = storedSchedules.GetValueOrDefault(movieId) ?? [];
            if (!WasRead(movieId))
            {
                schedules.Add(new CityMovieSchedule(movieId, kept));
                continue;
            }

            var theatres = (freshSchedules.GetValueOrDefault(movieId) ?? [])
                .Select(t => t with { Rooms = t.Rooms.Select(r => r with { Showtimes = r.Showtimes.Select(Seen).ToList() }).ToList() })
                .ToList();
            var listedNow = Showtimes(theatres).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var left = kept
                .Select(t => t with { Rooms = t.Rooms.Select(r => r with { Showtimes = r.Showtimes.Where(s => !listedNow.Contains(s.Id)).Select(Gone).ToList() }).Where(r => r.Showtimes.Count > 0).ToList() })
                .Where(t => t.Rooms.Count > 0)
                .ToList();
            schedules.Add(new CityMovieSchedule(movieId, Join(theatres, left)));
        }

        var movies = fresh.Movies
            .Concat((stored?.Movies ?? []).Where(m => !listed.Contains(m.Id) && schedules.Any(s => s.MovieId == m.Id && s.Theatres.Count > 0)))
            .ToList();
        var merged = fresh with { Movies = movies, Schedules = schedules.Where(s => movies.Any(m => m.Id == s.MovieId)).ToList() };
        return new AppliedScheduleChanges(merged, added, moved, cancelled);

        Showtime Seen(Showtime show)
        {
            if (!before.TryGetValue(show.Id, out var known) || known.IsCancelled)
            {
                var shown = show with { AddedAt = now };
                added.Add(shown);
                return shown;
            }

            var carried = show with { AddedAt = known.AddedAt, MovedFrom = known.MovedFrom };
            if (show.StartsAt == known.StartsAt)
            {
                return carried;
            }

            var movedShow = carried with { MovedFrom = known.MovedFrom ?? known.StartsAt };
            moved.Add(movedShow);
            return movedShow;
        }

        Showtime Gone(Showtime show)
        {
            if (show.IsCancelled || show.StartsAt <= now)
            {
                return show;
            }

            var gone = show with { CancelledAt = now };
            cancelled.Add(gone);
            return gone;
        }
    }

    private static IEnumerable<Showtime> Showtimes(IEnumerable<TheatreSchedule> theatres) =>
        theatres.SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes);

    /// <summary>The fresh theatres with the stored shows that are no longer listed put back in their theatre and room.</summary>
    private static IReadOnlyList<TheatreSchedule> Join(IReadOnlyList<TheatreSchedule> fresh, IReadOnlyList<TheatreSchedule> left) =>
        TixMapping.MergePages(fresh.Concat(left))
            .Select(t => t with { Rooms = t.Rooms.Select(r => r with { Showtimes = r.Showtimes.OrderBy(s => s.StartsAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList() }).ToList() })
            .ToList();
}
