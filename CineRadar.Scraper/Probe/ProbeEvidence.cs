using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Tix;
using CineRadar.Scraper.Tix;

namespace CineRadar.Scraper.Probe;

/// <summary>What one probe saw, before it is judged against CineRadar's assumptions (<see cref="AssumptionChecks"/>).</summary>
internal sealed class ProbeEvidence
{
    public required City City { get; init; }

    public required City ZoneCity { get; init; }

    public IReadOnlyList<ObservedCall> AppCalls { get; set; } = [];

    /// <summary>The app's answer that held the city list, recognised by content.</summary>
    public (ObservedCall Call, RecognizedCityList List)? CityList { get; set; }

    /// <summary>The app's movie-list call for <see cref="City"/>.</summary>
    public ObservedCall? MovieListCall { get; set; }

    public MovieListRequest? MovieList { get; set; }

    /// <summary>Our replay of the learned movie-list request for <see cref="ZoneCity"/>.</summary>
    public ObservedCall? ZoneMovieListCall { get; set; }

    /// <summary>The app's first schedules page of the probed movie in <see cref="City"/>.</summary>
    public ObservedCall? SchedulesCall { get; set; }

    /// <summary>Our first schedules page of a movie in <see cref="ZoneCity"/>.</summary>
    public ObservedCall? ZoneSchedulesCall { get; set; }

    /// <summary><see cref="SchedulesCall"/> as CineRadar's parser reads it; null when there is none or it is refused.</summary>
    public TixSchedulePage? SchedulePage => TixProbe.Parse(SchedulesCall, b => TixPayloads.ParseSchedulePage(b));

    /// <summary><see cref="ZoneSchedulesCall"/> as CineRadar's parser reads it.</summary>
    public TixSchedulePage? ZoneSchedulePage => TixProbe.Parse(ZoneSchedulesCall, b => TixPayloads.ParseSchedulePage(b));

    /// <summary>The HH:MM times the app's movie page shows.</summary>
    public IReadOnlySet<string>? RenderedTimes { get; set; }

    /// <summary>The seat-map path the app called for each chain whose seat map was opened, or why it was not seen.</summary>
    public Dictionary<string, string> AppChainPaths { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> AppChainPathFailures { get; } = new(StringComparer.Ordinal);

    /// <summary>True once a seat map of the chain was opened in the app (its path seen, or the failure noted).</summary>
    public bool HasOpenedSeatMapOf(string chainKey) =>
        AppChainPaths.Keys.Concat(AppChainPathFailures.Keys).Any(m => Chains.FromMerchant(m).Key == chainKey);

    /// <summary>Our logged-in layout call for each chain.</summary>
    public Dictionary<string, ObservedCall> LayoutCalls { get; } = new(StringComparer.Ordinal);

    /// <summary>Our layout call for a show the app lists as closed, earliest first: how TIX says "has started".</summary>
    public ObservedCall? StartedShowCall { get; set; }

    /// <summary>Why no logged-in call was made (no stored token, or it expired), when none was.</summary>
    public string? NoTokenReason { get; set; }

    public TixTokenRecord? Token { get; set; }

    public DateTimeOffset At { get; init; }
}
