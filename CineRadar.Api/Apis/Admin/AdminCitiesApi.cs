using CineRadar.Api.Admin;
using CineRadar.Api.Caching;
using CineRadar.Api.Contracts;
using CineRadar.Api.Security;
using CineRadar.Api.Validation;
using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CineRadar.Api.Apis.Admin;

/// <summary>The cities TIX lists beyond CineRadar's table, and an operator's region and time zone for them.</summary>
internal static class AdminCitiesApi
{
    public static RouteGroupBuilder MapAdminCitiesApi(this RouteGroupBuilder admin)
    {
        var cities = admin.MapGroup("/cities").WithTags("Admin: cities");
        cities.MapGet("/added", ListAdded).WithSummary("The cities TIX lists that CineRadar's table does not, with their mapping");
        cities.MapPut("/{id}/mapping", Map).RequireAuthorization(CallerPolicies.Operator).WithSummary("Set the region and time zone of a city TIX added");
        return admin;
    }

    public static async Task<Ok<List<AddedCityDto>>> ListAdded(ICityStore added, CancellationToken cancellationToken) =>
        TypedResults.Ok((await added.ListAsync(cancellationToken)).Select(AddedCityDto.From).ToList());

    public static async Task<Results<Ok<AddedCityDto>, ValidationProblem, ProblemHttpResult>> Map(
        ResourceId id,
        CityMappingRequest? request,
        AdminSiteUser user,
        [AsParameters] AdminServices services,
        ICityStore added,
        IAlertStore alerts,
        DataChanges changes,
        CancellationToken cancellationToken)
    {
        var cityId = id.Value;
        var parameters = new Parameters();
        var region = parameters.Choice("region", request?.Region, CityWords.Regions, RegionId.Unassigned, required: true);
        var zone = parameters.Choice("timeZone", request?.TimeZone, CityWords.Zones, IndonesianTimeZone.Wib, required: true);
        if (!parameters.IsValid)
        {
            return parameters.Problem();
        }

        var mapping = new CityMapping(region, zone, user.Name, services.Clock.GetUtcNow());
        if (!await added.MapAsync(cityId, mapping, cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                detail: $"No city TIX added has id {cityId}; the cities of CineRadar's own table have their region and time zone already.");
        }

        await changes.BumpAsync(cancellationToken);
        await alerts.ResolveAsync(AddedCity.NewCityAlert, cityId, cancellationToken);
        var detail = $"{Regions.Get(region).Name}, {zone.Abbreviation()}";
        await services.Audit.RecordAsync(user, AuditActions.CityMap, cityId, detail, cancellationToken);
        return TypedResults.Ok(AddedCityDto.From((await added.GetAsync(cityId, cancellationToken))!));
    }
}
