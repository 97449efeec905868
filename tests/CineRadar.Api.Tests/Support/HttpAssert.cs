using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CineRadar.Api.Tests.Support;

public static class HttpAssert
{
    /// <summary>Asserts a ProblemDetails answer with the status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<JsonElement> GetOkAsync(this HttpClient http, string url) => await OkAsync(await http.GetAsync(new Uri(url, UriKind.Relative)));

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient http, string url, T body) => http.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);
}
