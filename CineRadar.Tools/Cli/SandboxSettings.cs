using System.Globalization;
using CineRadar.Scraper.Cli;
using CineRadar.TixSandbox;

namespace CineRadar.Tools.Cli;

/// <summary>The scraper settings that point at a running sandbox, with its demo account.</summary>
public static class SandboxSettings
{
    public static Dictionary<string, string?> For(SandboxServer sandbox) => new()
    {
        ["Tix:Source"] = TixSourceOption.Sandbox,
        ["Tix:AppUrl"] = sandbox.AppUrl.ToString(),
        ["Tix:ApiUrl"] = sandbox.ApiUrl.ToString(),
        ["Tix:Phone"] = sandbox.DemoAccount.Phone,
        ["Tix:Password"] = sandbox.DemoAccount.Password,
        ["Tix:Browser:RenderWait"] = TimeSpan.FromSeconds(1).ToString("c", CultureInfo.InvariantCulture),
        ["Geocoder:BaseUrl"] = new Uri(sandbox.ApiUrl, "nominatim/").ToString(),
    };
}
