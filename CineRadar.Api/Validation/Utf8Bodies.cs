using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.Features;

namespace CineRadar.Api.Validation;

/// <summary>
/// The Api reads JSON bodies as UTF-8, the one encoding JSON between systems may use (RFC 8259). A body whose
/// Content-Type names another charset is refused with 415 ProblemDetails before anything decodes it: the framework's
/// reader would otherwise throw on a charset it does not know, and that would be a 500.
/// </summary>
internal static class Utf8Bodies
{
    public static IApplicationBuilder UseUtf8Bodies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true || IsUtf8(context.Request.ContentType))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status415UnsupportedMediaType, Detail = "A request body is JSON in UTF-8 (charset=utf-8, or none)." },
            });
        });

    private static bool IsUtf8(string? contentType) =>
        !MediaTypeHeaderValue.TryParse(contentType, out var type)
        || string.IsNullOrEmpty(type.CharSet)
        || type.CharSet.Trim('"').Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
