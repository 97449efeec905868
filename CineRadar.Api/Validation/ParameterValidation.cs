using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace CineRadar.Api.Validation;

/// <summary>
/// The Api's one check of route and query parameters. Handlers take typed values (<see cref="DateOnly"/>,
/// <see cref="ResourceId"/>, <see cref="Word{TEnum}"/>, numbers with a [Range], text with a [MaxLength]); this filter
/// reads the text each came from and judges it by its <see cref="ParameterRule"/> before the handler runs. A value the
/// framework could not bind (<c>date=2026-13-45</c>, <c>limit=abc</c>) and a value out of range both become 400
/// ValidationProblemDetails naming the parameter, before anything is read from the store.
/// </summary>
internal static class ParameterValidation
{
    /// <summary>Checks the route and query parameters of every endpoint of <paramref name="builder"/>.</summary>
    public static TBuilder ValidateParameters<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler && Checked(handler).Count > 0)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                    StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            }
        });
        builder.AddEndpointFilterFactory((context, next) => Checked(context.MethodInfo) is { Count: > 0 } parameters ? Filter(parameters, next) : next);
        return builder;
    }

    /// <summary>
    /// Binding failures reach the filter, in every environment, instead of becoming exceptions (the framework's choice in
    /// Development only) that name no parameter.
    /// </summary>
    public static IServiceCollection AddParameterValidation(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);

    private static List<CheckedParameter> Checked(MethodInfo handler) =>
        [.. handler.GetParameters().Select(p => (Parameter: p, Rule: ParameterRule.For(p)))
            .Where(p => p.Rule is not null)
            .Select(p => new CheckedParameter(p.Parameter.Name!, p.Rule!, ParameterRule.IsRequired(p.Parameter)))];

    private static EndpointFilterDelegate Filter(List<CheckedParameter> parameters, EndpointFilterDelegate next) =>
        async context =>
        {
            var http = context.HttpContext;
            var problems = new Parameters();
            foreach (var parameter in parameters)
            {
                var text = Text(http.Request, parameter.Name);
                if ((text ?? (parameter.Required ? "" : null)) is { } written && parameter.Rule.Check(written, http) is { } message)
                {
                    problems.Fail(parameter.Name, message, 0);
                }
            }

            return problems.IsValid ? await next(context) : problems.Problem();
        };

    /// <summary>The text a parameter is bound from: its route value, else its query value; null when the request has neither.</summary>
    private static string? Text(HttpRequest request, string name) =>
        request.RouteValues.TryGetValue(name, out var route) ? Convert.ToString(route, System.Globalization.CultureInfo.InvariantCulture) ?? ""
        : request.Query.TryGetValue(name, out var query) ? query.ToString()
        : null;

    private sealed record CheckedParameter(string Name, ParameterRule Rule, bool Required);
}
