using System.Text.Json;
using CineRadar.TixSandbox.Auth;
using CineRadar.TixSandbox.Catalog;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Hosting;
using CineRadar.TixSandbox.Payloads;

namespace CineRadar.TixSandbox.Api;

/// <summary>Guest tokens, the app's login, and the refresh of access tokens.</summary>
internal static class AuthApi
{
    private const string GuestClientId = "tixid_guest";

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1").OnOrigin(SandboxOrigin.Api).InFaultGroup(EndpointGroup.Auth);
        v1.MapPost("/auth", GuestAsync);
        v1.MapPost("/users/login", LoginAsync).AddEndpointFilter(AppHeaders.RequireAsync);
        v1.MapPost("/users/refresh", Refresh);
    }

    private static async Task<JsonPayload> GuestAsync(HttpRequest request, TokenService tokens)
    {
        using var body = await ReadBodyAsync(request);
        if (body is null || Text(body.RootElement, "client_id") != GuestClientId)
        {
            return ApiErrors.Unauthorized("unknown client");
        }

        return TokenData(tokens.Issue(TokenKind.Guest, $"guest-{Guid.NewGuid():N}"), refreshToken: null);
    }

    private static async Task<JsonPayload> LoginAsync(HttpRequest request, TokenService tokens, SandboxOptions options, CatalogStore store)
    {
        using var body = await ReadBodyAsync(request);
        if (body is null)
        {
            return ApiErrors.BadRequest("body must be JSON with phone and password");
        }

        var account = options.DemoAccount;
        var phone = Text(body.RootElement, "phone");
        if (phone is null || !PhoneNumbers.AreSame(phone, account.Phone) || Text(body.RootElement, "password") != account.Password)
        {
            return ApiErrors.Unauthorized("phone number or password is wrong");
        }

        var user = UserIdOf(store.World.Seed, account.Phone);
        return TokenData(tokens.Issue(TokenKind.Access, user), tokens.Issue(TokenKind.Refresh, user));
    }

    /// <summary>Bearer refresh token (with <c>platform: web</c>) → a new access token; the refresh token is not rotated.</summary>
    private static JsonPayload Refresh(HttpRequest request, TokenService tokens)
    {
        if (!AppHeaders.IsWebPlatform(request))
        {
            return ApiErrors.Unauthorized("missing platform header");
        }

        var claims = tokens.Read(TokenService.BearerOf(request));
        var failure = tokens.Check(claims, TokenKind.Refresh);
        return failure is null ? TokenData(tokens.Issue(TokenKind.Access, claims!.Subject), refreshToken: null) : ApiErrors.InvalidToken(failure);
    }

    private static JsonPayload TokenData(string token, string? refreshToken) => JsonPayload.Success(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        if (refreshToken is not null)
        {
            writer.WriteString("refresh_token", refreshToken);
        }

        writer.WriteEndObject();
    });

    private static string UserIdOf(long seed, string phone) =>
        SnowflakeIds.Create(new DateTimeOffset(2019, 3, 1, 0, 0, 0, TimeSpan.Zero), StableHash.Combine((ulong)seed, StableHash.Of(PhoneNumbers.Normalize(phone))));

    private static async Task<JsonDocument?> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
