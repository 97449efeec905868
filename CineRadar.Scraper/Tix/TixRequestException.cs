namespace CineRadar.Scraper.Tix;

/// <summary>TIX answered an HTTP error after the resilience pipeline gave up (or at once, for 4xx).</summary>
public sealed class TixRequestException(string endpoint, int statusCode, string? code, string? detail)
    : Exception($"TIX {endpoint} answered {statusCode}{(code is null ? "" : $" {code}")}{(string.IsNullOrEmpty(detail) ? "" : $" ({detail})")}")
{
    public string Endpoint { get; } = endpoint;

    public int StatusCode { get; } = statusCode;

    /// <summary>TIX's error code when the body carried one, e.g. <c>INVALID_TOKEN</c>.</summary>
    public string? Code { get; } = code;

    public string? Detail { get; } = detail;

    public bool IsUnauthorized => StatusCode == 401;

    /// <summary>TIX says the show has started, in the code or the message.</summary>
    public bool SaysShowStarted => Core.Tix.TixErrors.SaysShowStarted(Code, Detail);
}
