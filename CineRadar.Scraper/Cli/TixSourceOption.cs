using System.CommandLine;

namespace CineRadar.Scraper.Cli;

/// <summary>The <c>--source</c> option of the commands that talk to TIX.</summary>
internal static class TixSourceOption
{
    public const string Tix = "tix";

    public const string Sandbox = "sandbox";

    public static Option<string?> Create()
    {
        var option = new Option<string?>("--source")
        {
            Description = "tix (the configured app, API and account), or sandbox: the TIX sandbox started in-process, in cineradar-dev only (its default when no TIX credentials are configured).",
        };
        option.AcceptOnlyFromAmong(Sandbox, Tix);
        return option;
    }
}
