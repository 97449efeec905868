using CineRadar.WebComponents.Live;

namespace CineRadar.Admin.Operations;

/// <summary>
/// <c>/live/runs/{id}/events</c>: a run's progress as server-sent events, for the run page to fetch its fragment
/// (<see cref="LiveRunEndpoints"/>) when the run changed; the stream ends when the run is finished.
/// </summary>
public static class LiveRunEvents
{
    public static string Path(string runId) => $"live/runs/{Uri.EscapeDataString(runId)}/events";

    public static IEndpointRouteBuilder MapLiveRunEvents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/live/runs/{runId}/events", (string runId, HttpContext http, EventStreams streams, RunWatches watches) =>
            streams.Stream(ct => watches.EventsAsync(runId, http.User, ct)));
        return app;
    }
}
