using System.Net;
using System.Text.Json.Nodes;

namespace CineRadar.Tools.Firestore;

/// <summary>An error the local server answers in Google's shape: <c>{"error":{"code":400,"message":"…","status":"INVALID_ARGUMENT"}}</c>.</summary>
internal sealed class LocalFirestoreError(HttpStatusCode code, string status, string message) : Exception(message)
{
    public HttpStatusCode Code { get; } = code;

    public string Status { get; } = status;

    public static LocalFirestoreError InvalidArgument(string message) => new(HttpStatusCode.BadRequest, "INVALID_ARGUMENT", message);

    public static LocalFirestoreError NotFound(string message) => new(HttpStatusCode.NotFound, "NOT_FOUND", message);

    public JsonObject ToJson() => new()
    {
        ["error"] = new JsonObject { ["code"] = (int)Code, ["message"] = Message, ["status"] = Status },
    };
}
