using System.Net.Http.Json;
using System.Text.Json;

namespace CineRadar.EndToEnd.Tests.Support;

/// <summary>Runs queued through the Api's admin route, as an operator would, and waited for until they end.</summary>
public static class ApiRuns
{
    /// <summary>How long a run of a few cities may take on a busy machine before a test gives up on it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Queues a run (<c>POST /api/v1/admin/runs</c>) and waits on its status until it ends; the run as the Api records
    /// it. A run that fails, is held (it waits for an operator) or outlasts <see cref="Timeout"/> fails the test with its items.
    /// </summary>
    public static async Task<JsonElement> RunAsync(HttpClient admin, object request)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/runs", request);
        var queued = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"Queueing {JsonSerializer.Serialize(request)} answered {(int)response.StatusCode}: {queued}");
        var runId = queued.GetProperty("id").GetString()!;

        var deadline = DateTimeOffset.UtcNow + Timeout;
        JsonElement run;
        do
        {
            await Task.Delay(Poll);
            run = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/runs/{runId}");
            var status = run.GetProperty("status").GetString();
            if (status is "success" or "partial")
            {
                return run;
            }

            if (status is "failed" or "held")
            {
                throw new InvalidOperationException($"Run {runId} ({JsonSerializer.Serialize(request)}) ended {status}: {run}");
            }
        }
        while (DateTimeOffset.UtcNow < deadline);

        throw new TimeoutException($"Run {runId} ({JsonSerializer.Serialize(request)}) did not finish within {Timeout.TotalMinutes} minutes: {run}");
    }
}
