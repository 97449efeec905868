using System.Net;
using System.Text.Json;

namespace CineRadar.Admin.Services;

/// <summary>Turns a refusal from the Api (ProblemDetails, or a bare status) into a message a person can act on.</summary>
internal static class ApiProblems
{
    public static async Task<ApiException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        string? detail = null;
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > 0)
            {
                using var problem = JsonDocument.Parse(body);
                detail = Detail(problem.RootElement);
            }
        }
        catch (JsonException)
        {
            // Not ProblemDetails: the status alone says what happened.
        }

        return new ApiException(detail ?? Default(status), status);
    }

    private static string? Detail(JsonElement problem)
    {
        if (problem.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            var messages = errors.EnumerateObject()
                .SelectMany(e => e.Value.ValueKind == JsonValueKind.Array ? e.Value.EnumerateArray().Select(m => m.GetString()) : [])
                .OfType<string>()
                .ToList();
            if (messages.Count > 0)
            {
                return string.Join(" ", messages);
            }
        }

        return problem.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } text ? text
            : problem.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } heading ? heading
            : null;
    }

    private static string Default(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Forbidden => "The Api refused: this needs an operator.",
        HttpStatusCode.NotFound => "The Api does not know this.",
        HttpStatusCode.TooManyRequests => "The Api is busy; try again in a moment.",
        >= HttpStatusCode.InternalServerError => ApiException.NotAnswering,
        _ => $"The Api refused the request ({(int)status}).",
    };
}
