using CineRadar.Scraper.Runs;

namespace CineRadar.Scraper.Worker;

/// <summary>
/// The long-running scraper: a web host so that it can serve its health endpoints and the dashboard's
/// "Run sweep now" command, with the run worker, the daily sweep and the geocoder as background services.
/// </summary>
[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage(Justification = "Host start-up.")]
internal static class WorkerHost
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // The worker's settings ship beside the executable; it must not depend on the directory it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddServiceDefaults();
        builder.AddScraper();
        builder.AddScraperWorker();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapPost("/commands/run-sweep", async (SweepRequests requests, TimeProvider clock, CancellationToken ct) =>
        {
            var run = await requests.QueueAsync([], Core.Time.IndonesianClock.Today(clock), 1, "dashboard", "dashboard", ct);
            return TypedResults.Ok(new { run.Id, Cities = run.ItemsTotal });
        });
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
