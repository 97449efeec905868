using System.Diagnostics;
using System.Reflection;

namespace CineRadar.Scraper.Tests;

/// <summary>
/// What ships: the publish folder of every deployable holds no TIX sandbox, whose imitation and ground truth belong
/// to development (<c>cineradar-dev</c>) and tests only.
/// </summary>
public sealed class DeployablesCarryNoSandboxTests
{
    private static readonly string RepositoryRoot = typeof(DeployablesCarryNoSandboxTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    [Theory]
    [InlineData("CineRadar.Api")]
    [InlineData("CineRadar.Scraper")]
    [InlineData("CineRadar.Admin")]
    [InlineData("CineRadar.Public")]
    public async Task PublishFolderHasNoSandbox(string project)
    {
        var folder = Directory.CreateTempSubdirectory($"publish-{project}-");
        try
        {
            var (exitCode, output) = await PublishAsync(Path.Combine(RepositoryRoot, project, $"{project}.csproj"), folder.FullName);

            Assert.True(exitCode == 0, output);
            Assert.NotEmpty(folder.GetFiles($"*.dll"));
            Assert.Empty(folder.GetFiles("CineRadar.TixSandbox*", SearchOption.AllDirectories));
            Assert.DoesNotContain("CineRadar.TixSandbox", await File.ReadAllTextAsync(Assert.Single(folder.GetFiles("*.deps.json")).FullName), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A Release publish, restored already by the build that made this test (no registry is asked).</summary>
    private static async Task<(int ExitCode, string Output)> PublishAsync(string project, string output)
    {
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "--no-restore", "-o", output, "-nologo", "-clp:ErrorsOnly"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        // Only a hung publish is stopped: a cold build on a busy machine takes minutes.
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        try
        {
            await process.WaitForExitAsync(hangGuard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await standardOutput + await standardError);
    }
}
