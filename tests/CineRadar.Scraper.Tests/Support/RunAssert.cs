using CineRadar.Core.Runs;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>Run assertions whose failure message says what each item did.</summary>
public static class RunAssert
{
    public static void Succeeded(ScrapeRun run) =>
        Assert.True(run.Status == RunStatus.Success, $"run {run.Status}: {Describe(run)}");

    public static string Describe(ScrapeRun run) =>
        $"{run.Error} | " + string.Join(" | ", run.Items.Select(i => $"{i.Label}: {i.Status}, {i.Attempts} attempt(s), {i.Requests} requests{(i.Reason is null ? "" : $", {i.Reason}")}"));
}
