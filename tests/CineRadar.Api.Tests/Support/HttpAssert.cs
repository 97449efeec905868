using System.Net;
using System.Net.Http.Json;
using System.Text;
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

    /// <summary>Asserts a 400 ValidationProblemDetails whose errors name <paramref name="parameter"/>.</summary>
    public static async Task NamesParameterAsync(HttpResponseMessage response, string parameter)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<JsonElement> GetOkAsync(this HttpClient http, string url) => await OkAsync(await http.GetAsync(new Uri(url, UriKind.Relative)));

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient http, string url, T body) => http.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);

    /// <summary>A request with a JSON body, or none when <paramref name="body"/> is null.</summary>
    public static HttpRequestMessage Request(string method, string url, string? body) =>
        new(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
}
