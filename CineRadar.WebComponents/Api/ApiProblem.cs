using System.Net;
using System.Text.Json;

namespace CineRadar.WebComponents.Api;

/// <summary>
/// The Api's refusal: its status and, when it sent ProblemDetails, what it said (the validation errors, or else the
/// detail, or else the title); null when the body said nothing readable.
/// </summary>
public sealed record ApiProblem(HttpStatusCode Status, string? Detail)
{
    /// <summary>What to tell a person: the Api's own words, or what the status says.</summary>
    public string Message => Detail ?? Status switch
    {
        HttpStatusCode.Forbidden => "The Api refused: this needs an operator.",
        HttpStatusCode.NotFound => "The Api does not know this.",
        HttpStatusCode.TooManyRequests => "The Api is busy; try again in a moment.",
        >= HttpStatusCode.InternalServerError => ApiException.NotAnswering,
        _ => $"The Api refused the request ({(int)Status}).",
    };

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > 0)
            {
                using var problem = JsonDocument.Parse(body);
                return new(response.StatusCode, DetailOf(problem.RootElement));
            }
        }
        catch (JsonException)
        {
            // Not ProblemDetails: the status alone says what happened.
        }

        return new(response.StatusCode, null);
    }

    private static string? DetailOf(JsonElement problem)
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

        return problem.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String && detail.GetString() is { Length: > 0 } text ? text
            : problem.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString() is { Length: > 0 } heading ? heading
            : null;
    }
}
