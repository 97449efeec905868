using System.Text.Json;

namespace CineRadar.TixSandbox.Tests.Support;

internal static class HttpJson
{
    public static async Task<JsonElement> GetFromJsonAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await TixClient.JsonAsync(response);
    }
}
