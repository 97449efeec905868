namespace CineRadar.Scraper.Tix;

/// <summary>Short names of the TIX endpoints, used in errors, metrics and counters.</summary>
public static class TixEndpoints
{
    public const string Movies = "movies";
    public const string Schedules = "schedules";
    public const string Layout = "layout";
    public const string Refresh = "refresh";

    /// <summary>Names the endpoint a request goes to from its path.</summary>
    public static string FromPath(string path) => path switch
    {
        _ when path.StartsWith("/v1/schedules/", StringComparison.Ordinal) => Schedules,
        _ when path.EndsWith("/layout", StringComparison.Ordinal) => Layout,
        _ when path.StartsWith("/v1/movies", StringComparison.Ordinal) => Movies,
        _ when path.StartsWith("/v1/users/refresh", StringComparison.Ordinal) => Refresh,
        _ => "other",
    };
}
