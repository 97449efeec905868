using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CineRadar.TixSandbox.Tests.Support;

/// <summary>Calls the sandbox's API the way the app does: guest token, app headers, login, layout.</summary>
public sealed class TixClient(HttpClient api, SandboxAccount account)
{
    public const string JakartaId = "967969975509716992";

    public async Task<string> GuestTokenAsync()
    {
        using var response = await api.PostAsJsonAsync("v1/auth", new { client_id = "tixid_guest" });
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("data").GetProperty("token").GetString()!;
    }

    public async Task<(string Access, string Refresh)> LoginAsync()
    {
        var guest = await GuestTokenAsync();
        using var request = AppRequest(HttpMethod.Post, "v1/users/login", guest);
        request.Content = JsonContent.Create(new { phone = account.Phone, password = account.Password });
        using var response = await api.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var data = (await JsonAsync(response)).GetProperty("data");
        return (data.GetProperty("token").GetString()!, data.GetProperty("refresh_token").GetString()!);
    }

    /// <summary>A request carrying the app's guest headers (bearer, <c>platform: web</c>, <c>x-app-version</c>).</summary>
    public static HttpRequestMessage AppRequest(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("platform", "web");
        request.Headers.Add("x-app-version", "test");
        return request;
    }

    /// <summary>GETs a catalog path with a fresh guest session's headers.</summary>
    public async Task<HttpResponseMessage> CatalogAsync(string path)
    {
        using var request = AppRequest(HttpMethod.Get, path, await GuestTokenAsync());
        return await api.SendAsync(request);
    }

    public async Task<JsonElement> CatalogJsonAsync(string path)
    {
        using var response = await CatalogAsync(path);
        response.EnsureSuccessStatusCode();
        return await JsonAsync(response);
    }

    public async Task<HttpResponseMessage> LayoutAsync(string chainPath, string showTimeId, string? rawAuthorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/movies/{chainPath}/layout?show_time_id={showTimeId}&tz=7");
        if (rawAuthorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + rawAuthorization);
        }

        return await api.SendAsync(request);
    }

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/users/refresh");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshToken);
        request.Headers.Add("platform", "web");
        request.Content = new StringContent("", System.Text.Encoding.UTF8, "application/json");
        return await api.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return document.RootElement.Clone();
    }

    public static string ErrorCode(JsonElement body) => body.GetProperty("error").GetProperty("code").GetString()!;
}
