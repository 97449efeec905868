using CineRadar.Core.Runs;
using Spectre.Console;

namespace CineRadar.Scraper.Cli;

/// <summary>Shows a run's progress: a live table on a terminal, plain lines otherwise.</summary>
internal static class RunProgress
{
    public static async Task<ScrapeRun> FollowAsync(
        Func<CancellationToken, Task<ScrapeRun?>> read, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        return interactive
            ? await FollowLiveAsync(read, cancellationToken)
            : await FollowPlainAsync(read, output, cancellationToken);
    }

    public static string Line(ScrapeRun run)
    {
        var cities = run.Cities.ToList();
        var count = (WorkItemStatus s) => cities.Count(c => c.Status == s);
        return $"{run.Status.ToString().ToLowerInvariant()}: {run.ItemsFinished}/{run.ItemsTotal} cities " +
               $"(ok {count(WorkItemStatus.Ok)}, empty {count(WorkItemStatus.Empty)}, failed {count(WorkItemStatus.Failed)}), " +
               $"{cities.Sum(c => c.Showtimes)} showtimes, {cities.Sum(c => c.Requests)} requests";
    }

    private static async Task<ScrapeRun> FollowPlainAsync(Func<CancellationToken, Task<ScrapeRun?>> read, TextWriter output, CancellationToken cancellationToken)
    {
        var last = "";
        while (true)
        {
            var run = await read(cancellationToken) ?? throw new InvalidOperationException("The run disappeared from the store.");
            var line = Line(run);
            if (line != last)
            {
                await output.WriteLineAsync(line);
                last = line;
            }

            if (run.IsFinished)
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static async Task<ScrapeRun> FollowLiveAsync(Func<CancellationToken, Task<ScrapeRun?>> read, CancellationToken cancellationToken)
    {
        ScrapeRun? finished = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var cities = context.AddTask("cities");
                while (true)
                {
                    var run = await read(cancellationToken) ?? throw new InvalidOperationException("The run disappeared from the store.");
                    cities.MaxValue = Math.Max(1, run.ItemsTotal);
                    cities.Value = run.ItemsFinished;
                    cities.Description = Markup.Escape(Line(run));
                    if (run.IsFinished)
                    {
                        finished = run;
                        return;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                }
            });
        return finished!;
    }
}
