using System.Diagnostics;

namespace CineRadar.Scraper.Tests.Support;

/// <summary>Runs the real <c>cineradar</c> (or <c>cineradar-dev</c>) command line as a child process, with redirected output.</summary>
internal static class CliProcess
{
    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(CliBinary.CineRadar, environment, TimeSpan.FromMinutes(3), args);

    /// <summary>Runs a command of <c>cineradar-dev</c>, whose sandbox source starts the sandbox inside the command.</summary>
    public static Task<CliResult> RunDevAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(CliBinary.Dev, environment, TimeSpan.FromMinutes(3), args);

    /// <summary>Runs the command; <paramref name="hangGuard"/> only stops a command that hangs, far beyond its usual time.</summary>
    public static async Task<CliResult> RunAsync(CliBinary binary, IReadOnlyDictionary<string, string> environment, TimeSpan hangGuard, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [binary.Path, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(hangGuard);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"{string.Join(' ', args)} was still running after {hangGuard}; it had written:\n{await error}\n{await output}");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
