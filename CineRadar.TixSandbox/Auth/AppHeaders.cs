using CineRadar.TixSandbox.Payloads;

namespace CineRadar.TixSandbox.Auth;

/// <summary>
/// The headers the app sends on every catalog call: a bearer (guest or user token), <c>platform: web</c> and
/// <c>x-app-version</c> (it also sends <c>x-device-id</c>, not required). Calls without them are refused.
/// </summary>
internal static class AppHeaders
{
    public const string Platform = "platform";
    public const string AppVersion = "x-app-version";
    public const string DeviceId = "x-device-id";

    /// <summary>An endpoint filter for the catalog: 401 UNAUTHORIZED without the app's headers, INVALID_TOKEN for a bad bearer.</summary>
    public static async ValueTask<object?> RequireAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!IsWebPlatform(request) || string.IsNullOrWhiteSpace(request.Headers[AppVersion]))
        {
            return ApiErrors.Unauthorized("missing app headers");
        }

        var token = TokenService.BearerOf(request);
        if (token is null)
        {
            return ApiErrors.Unauthorized("missing authorization");
        }

        var tokens = context.HttpContext.RequestServices.GetRequiredService<TokenService>();
        var failure = tokens.Check(tokens.Read(token), TokenKind.Guest, TokenKind.Access);
        return failure is null ? await next(context) : ApiErrors.InvalidToken(failure);
    }

    public static bool IsWebPlatform(HttpRequest request) =>
        string.Equals(request.Headers[Platform], "web", StringComparison.OrdinalIgnoreCase);
}
