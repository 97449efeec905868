using Microsoft.Playwright;

namespace CineRadar.EndToEnd.Tests.Public;

/// <summary>Saves full-page screenshots of the Public site into the repository's <c>docs/screenshots/</c> for the README.</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CineRadar.sln")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("CineRadar.sln not found above the test output."), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder.Value, $"public-{name}.png"), FullPage = true });
}
