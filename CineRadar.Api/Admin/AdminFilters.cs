using CineRadar.Api.Validation;

namespace CineRadar.Api.Admin;

internal static class AdminFilters
{
    /// <summary>Refuses an admin call that does not name its user and role with 400 ProblemDetails.</summary>
    public static TBuilder RequireUser<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var parameters = new Parameters();
            return AdminUser.Read(context.HttpContext, parameters) is null ? parameters.Problem() : await next(context);
        });

    /// <summary>Refuses an analyst with 403 ProblemDetails: the command is an operator's.</summary>
    public static TBuilder RequireOperator<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            AdminUser.Read(context.HttpContext, new Parameters()) is { IsOperator: true }
                ? await next(context)
                : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Only an operator may give this command."));
}
