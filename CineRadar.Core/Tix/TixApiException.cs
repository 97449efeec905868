namespace CineRadar.Core.Tix;

/// <summary>TIX answered with <c>success: false</c> and an error code, e.g. <c>EXPIRED_EVENT_DETAIL</c>.</summary>
public sealed class TixApiException(string payload, string code, string? detail)
    : Exception($"{payload}: TIX answered {code}{(string.IsNullOrEmpty(detail) ? "" : $" ({detail})")}")
{
    public const string InvalidToken = "INVALID_TOKEN";
    public const string ExpiredEventDetail = "EXPIRED_EVENT_DETAIL";

    public string Payload { get; } = payload;

    public string Code { get; } = code;

    public string? Detail { get; } = detail;

    /// <summary>TIX says the show has started, in the code or the message.</summary>
    public bool SaysShowStarted => TixErrors.SaysShowStarted(Code, Detail);
}
