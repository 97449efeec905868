using System.Globalization;

namespace CineRadar.TixSandbox.Hosting;

/// <summary>
/// The two origins (ports) the sandbox serves, known once Kestrel has bound them, and the origins the API answers
/// CORS requests for: the app's own (<c>localhost</c> or <c>127.0.0.1</c>) and any configured ones.
/// </summary>
internal sealed class SandboxOrigins(IReadOnlyList<string> extraCorsOrigins)
{
    public int AppPort { get; private set; }

    public int ApiPort { get; private set; }

    /// <summary>The app's base URL without a trailing slash, e.g. <c>http://localhost:5180</c>.</summary>
    public string AppUrl { get; private set; } = "";

    public string ApiUrl { get; private set; } = "";

    public void Bind(string host, int appPort, int apiPort)
    {
        AppPort = appPort;
        ApiPort = apiPort;
        AppUrl = $"http://{host}:{appPort.ToString(CultureInfo.InvariantCulture)}";
        ApiUrl = $"http://{host}:{apiPort.ToString(CultureInfo.InvariantCulture)}";
    }

    public SandboxOrigin? OriginOf(HttpContext context) =>
        context.Connection.LocalPort == AppPort ? SandboxOrigin.App
        : context.Connection.LocalPort == ApiPort ? SandboxOrigin.Api
        : null;

    public bool IsAllowedCorsOrigin(string origin) =>
        origin == $"http://localhost:{AppPort.ToString(CultureInfo.InvariantCulture)}"
        || origin == $"http://127.0.0.1:{AppPort.ToString(CultureInfo.InvariantCulture)}"
        || extraCorsOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);

    /// <summary>The API's URL as seen by a browser that reached the app with <paramref name="request"/>'s host name.</summary>
    public string ApiUrlFor(HttpRequest request) =>
        $"{request.Scheme}://{request.Host.Host}:{ApiPort.ToString(CultureInfo.InvariantCulture)}";
}
