using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace CineRadar.WebComponents.Charts;

/// <summary>
/// An SVG <c>text</c> element. Razor reserves <c>&lt;text&gt;</c> inside code blocks, so charts write their labels
/// through this (the content is HTML-encoded).
/// </summary>
internal static class SvgText
{
    public static MarkupString At(double x, double y, string content, string anchor = "middle", int size = 10, string fill = "#6b7280") =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{fill}\">{WebUtility.HtmlEncode(content)}</text>"));
}
