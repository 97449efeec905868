namespace CineRadar.TixSandbox.Payloads;

/// <summary>The error codes the API answers with.</summary>
internal static class ErrorCodes
{
    public const string InvalidToken = "INVALID_TOKEN";
    public const string ExpiredEventDetail = "EXPIRED_EVENT_DETAIL";
    public const string NotFound = "NOT_FOUND";
    public const string TooManyRequests = "TOO_MANY_REQUESTS";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string InternalError = "INTERNAL_ERROR";
    public const string BadRequest = "BAD_REQUEST";
}

/// <summary>The error envelope every endpoint uses: <c>{"success":false,"error":{"code":…,"message":…}}</c>.</summary>
internal static class ApiErrors
{
    public static JsonPayload Error(int statusCode, string code, string message) => JsonPayload.Write(
        writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", false);
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        },
        statusCode,
        capacity: 256);

    public static JsonPayload Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, message);

    public static JsonPayload InvalidToken(string message) => Error(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidToken, message);

    public static JsonPayload NotFound(string message) => Error(StatusCodes.Status404NotFound, ErrorCodes.NotFound, message);

    public static JsonPayload BadRequest(string message) => Error(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}
