namespace CineRadar.WebComponents.Navigation;

/// <summary>Query strings for the sites' links and their Api calls: absent values left out, values escaped.</summary>
public static class UrlQuery
{
    public static string Of(params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        var parts = new List<string>();
        foreach (var (name, value) in parameters)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>A date as URLs carry it: <c>2026-01-11</c>.</summary>
    public static string? Day(DateOnly? date) => UrlDay.Write(date);
}
