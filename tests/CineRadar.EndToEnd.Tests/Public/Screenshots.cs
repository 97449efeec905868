using Microsoft.Playwright;

namespace CineRadar.EndToEnd.Tests.Public;

/// <summary>Saves full-page screenshots of the Public site into the repository's <c>docs/screenshots/</c> for the README.</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(Support.RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder.Value, $"public-{name}.png"), FullPage = true });
}
