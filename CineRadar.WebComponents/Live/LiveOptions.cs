namespace CineRadar.WebComponents.Live;

/// <summary>The <c>Live</c> settings of a site's live pages.</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>Event streams one site process holds open at most; past it a page is told to refresh on its own.</summary>
    public int MaxStreams { get; set; } = 500;

    /// <summary>How often an idle stream sends a comment, so that proxies do not close it.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the site asks the Api what it watches (the data version, a run), while anyone is watching.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a live page reloads itself in a browser that runs no script.</summary>
    public TimeSpan NoScriptRefresh { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a live page fetches its figures while its stream is down (it reconnects meanwhile, backing off).</summary>
    public TimeSpan FallbackRefresh { get; set; } = TimeSpan.FromMinutes(1);
}
