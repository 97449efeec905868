using CineRadar.WebComponents.Live;

namespace CineRadar.Public.Live;

/// <summary><c>/live/data</c>: the event stream of the data version that the live pages (showtime, movie, box office) follow.</summary>
public static class LiveDataEndpoint
{
    public const string Path = "/live/data";

    public static IEndpointRouteBuilder MapLiveData(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (EventStreams streams, DataVersionWatch watch) => streams.Stream(watch.EventsAsync));
        return app;
    }
}
