using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Contracts;
using CineRadar.WebComponents.Navigation;
using Microsoft.Extensions.Logging;
using Polly;

namespace CineRadar.WebComponents.Api;

/// <summary>
/// The sites' only way to data: one typed method per Api route, answering the Api's contracts. A <c>Find</c> lookup
/// answers <see cref="ApiResult{T}"/>, not found for a 404; any call that gets no usable answer throws one
/// <see cref="ApiException"/> (unreachable, refused with the Api's problem, or unreadable).
/// </summary>
public sealed partial class CineRadarApiClient(HttpClient http, ILogger<CineRadarApiClient> logger)
{
    private const string V1 = "/api/v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The Api's description of itself, or null when the Api is not answering.</summary>
    public async Task<ServiceInfo?> GetServiceInfoAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetAsync<ServiceInfo>("/", cancellationToken);
        }
        catch (ApiException)
        {
            return null;
        }
    }

    private Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
        where T : class =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    private async Task<ApiResult<T>> FindAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await ExchangeAsync(HttpMethod.Get, path, null, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound
            ? new ApiResult<T>(await ApiProblem.ReadAsync(response, cancellationToken))
            : new ApiResult<T>(await ReadAsync<T>(response, path, cancellationToken));
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await ExchangeAsync(method, path, body, cancellationToken);
        return await ReadAsync<T>(response, path, cancellationToken);
    }

    /// <summary>A command whose answer, if any, is not needed.</summary>
    private async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await ExchangeAsync(method, path, body, cancellationToken);
        await EnsureAnsweredAsync(response, cancellationToken);
    }

    /// <summary>Sends the request; an Api that cannot be reached is an <see cref="ApiException"/>, an answer of any status is returned.</summary>
    private async Task<HttpResponseMessage> ExchangeAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or ExecutionRejectedException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "The CineRadar Api did not answer {Method} {Path}", method, path);
            throw ApiException.Unreachable(ex);
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, string path, CancellationToken cancellationToken)
        where T : class
    {
        await EnsureAnsweredAsync(response, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw ApiException.UnreadableAnswer(null);
        }
        catch (JsonException ex)
        {
            logger.LogError(ex, "The CineRadar Api answered {Path} with JSON this site cannot read", path);
            throw ApiException.UnreadableAnswer(ex);
        }
    }

    private async Task EnsureAnsweredAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var problem = await ApiProblem.ReadAsync(response, cancellationToken);
        if (problem.Status >= HttpStatusCode.InternalServerError)
        {
            logger.LogWarning("The CineRadar Api answered {Status} to {Path}", (int)problem.Status, response.RequestMessage?.RequestUri);
        }

        throw ApiException.Refused(problem);
    }

    private static string Segment(string id) => Uri.EscapeDataString(id);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Query(params ReadOnlySpan<(string Name, string? Value)> parameters) => UrlQuery.Of(parameters);
}
