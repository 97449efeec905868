using System.Globalization;
using System.Net;
using CineRadar.TixSandbox.Generation;
using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.App;

/// <summary>A generated poster (the movie's colour, title and age category) so that sites can show posters offline.</summary>
internal static class PosterSvg
{
    public static string For(SandboxMovie movie)
    {
        var hue = (int)(StableHash.Of(movie.PosterId) % 360);
        var title = WebUtility.HtmlEncode(movie.Title);
        var age = WebUtility.HtmlEncode(movie.AgeCategory);
        var h = hue.ToString(CultureInfo.InvariantCulture);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="450" viewBox="0 0 300 450">
              <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0" stop-color="hsl({h},60%,45%)"/><stop offset="1" stop-color="hsl({h},60%,15%)"/>
              </linearGradient></defs>
              <rect width="300" height="450" fill="url(#g)"/>
              <text x="150" y="225" fill="#fff" font-family="sans-serif" font-size="22" font-weight="bold" text-anchor="middle">{title}</text>
              <text x="270" y="425" fill="#fff" font-family="sans-serif" font-size="18" text-anchor="end">{age}</text>
            </svg>
            """;
    }
}
