namespace CineRadar.WebComponents.Live;

/// <summary>
/// The header live-stream.js sends when it fetches a page again for its new figures, so that a page can leave out
/// what only a visitor opening it should do (the showtime page's request for a fresh reading).
/// </summary>
public static class LiveRefresh
{
    public const string Header = "X-CineRadar-Live";

    public static bool IsRefresh(Microsoft.AspNetCore.Http.HttpContext? http) =>
        http?.Request.Headers.ContainsKey(Header) == true;
}
