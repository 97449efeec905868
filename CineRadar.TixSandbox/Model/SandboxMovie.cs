namespace CineRadar.TixSandbox.Model;

/// <summary>How widely a movie plays.</summary>
internal enum MovieReach
{
    National,
    Wide,
    Limited,
}

/// <summary>
/// A movie. <see cref="ScheduleId"/> is the id the schedules API wants; for about a third of the movies the listing's
/// <c>id</c> is a different <see cref="ListingId"/> and the listing also carries <c>movie_id</c>.
/// </summary>
internal sealed record SandboxMovie(
    int Index,
    string ScheduleId,
    string? ListingId,
    string Title,
    IReadOnlyList<string> Genres,
    string AgeCategory,
    string Country,
    string PosterId,
    int RuntimeMinutes,
    double Popularity,
    MovieReach Reach,
    bool Presale,
    IReadOnlySet<string> CityIds,
    IReadOnlySet<SandboxChain> Chains)
{
    /// <summary>The <c>id</c> field of the movie listing.</summary>
    public string ListedId => ListingId ?? ScheduleId;

    /// <summary>Lower-cased title, characters outside [a-z0-9 space -] removed, spaces turned into dashes.</summary>
    public string Slug => SandboxMovieSlug.Of(Title);
}

internal static class SandboxMovieSlug
{
    public static string Of(string title)
    {
        var kept = title.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' or '-');
        return new string([.. kept]).Replace(' ', '-');
    }
}
