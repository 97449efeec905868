using System.Net;

namespace CineRadar.Data.Firestore.Client;

/// <summary>Firestore refused a request; <see cref="Status"/> is Google's status word (e.g. <c>INVALID_ARGUMENT</c>).</summary>
public class FirestoreRequestException(HttpStatusCode statusCode, string status, string message)
    : Exception($"Firestore answered {(int)statusCode} {status}: {message}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string Status { get; } = status;
}

/// <summary>
/// A write's precondition failed: the document changed, appeared or disappeared since it was read. The whole commit
/// was refused, so nothing of it was written.
/// </summary>
public sealed class FirestoreConflictException(HttpStatusCode statusCode, string status, string message)
    : FirestoreRequestException(statusCode, status, message);

/// <summary>A document over Firestore's 1 MiB limit; raised before anything is sent.</summary>
public sealed class FirestoreDocumentTooLargeException(string path, long size)
    : ArgumentException($"Document '{path}' would be {size:N0} bytes, over Firestore's limit of {Values.DocumentSize.MaxBytes:N0} bytes; nothing was written.")
{
    public string DocumentPath { get; } = path;

    public long Size { get; } = size;
}
