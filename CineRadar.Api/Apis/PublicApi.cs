using CineRadar.Api.Validation;

namespace CineRadar.Api.Apis;

/// <summary>Everything under <c>/api/v1</c> that any key may read.</summary>
internal static class PublicApi
{
    public const string Prefix = "/api/v1";

    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(Prefix)
            .RequireAuthorization()
            .ValidateParameters()
            .MapReferenceApi()
            .MapMoviesApi()
            .MapTheatresApi()
            .MapShowtimesApi()
            .MapVisitorReadingsApi()
            .MapComparisonsApi()
            .MapBoxOfficeApi()
            .MapDataVersionApi()
            .MapAnalyticsApi()
            .MapWebhooksApi();
        return app;
    }
}
