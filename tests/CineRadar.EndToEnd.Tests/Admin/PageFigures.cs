using System.Text.Json;
using Microsoft.Playwright;

namespace CineRadar.EndToEnd.Tests.Admin;

/// <summary>Figures an Admin page shows for one answer of the Api, each line as the site writes it.</summary>
public interface IPageFigures
{
    /// <summary>What the page should show for the Api's answer.</summary>
    IReadOnlyList<string> Expected(JsonElement answer);

    /// <summary>What the open page shows.</summary>
    Task<IReadOnlyList<string>> ShownAsync(IPage page);
}

/// <summary>A table (<c>data-table</c>) with a row for every element of the answer's <paramref name="Rows"/> array, in order: one line a row.</summary>
public sealed record FigureTable(string Name, string Rows, IReadOnlyList<Figure> Columns) : IPageFigures
{
    public IReadOnlyList<string> Expected(JsonElement answer) =>
        answer.GetProperty(Rows).EnumerateArray().Select(row => Line(Columns.Select(c => c.Write(row)))).ToList();

    public async Task<IReadOnlyList<string>> ShownAsync(IPage page) =>
        (await AdminBrowser.TableAsync(page, Name)).Select(row => Line(Columns.Select(c => row.GetValueOrDefault(c.Name, "(no cell)")))).ToList();

    private static string Line(IEnumerable<string> cells) => string.Join(" | ", cells);
}

/// <summary>Headline figures (<c>data-kpi</c>) from the answer's own properties: one line a figure.</summary>
public sealed record Headlines(IReadOnlyList<Figure> Figures) : IPageFigures
{
    public IReadOnlyList<string> Expected(JsonElement answer) => Figures.Select(f => $"{f.Name}: {f.Write(answer)}").ToList();

    public async Task<IReadOnlyList<string>> ShownAsync(IPage page)
    {
        var shown = new List<string>();
        foreach (var figure in Figures)
        {
            shown.Add($"{figure.Name}: {(await page.Locator($"[data-kpi={figure.Name}] .kpi-value").TextContentAsync())?.Trim()}");
        }

        return shown;
    }
}
