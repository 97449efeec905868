using System.Net;

namespace CineRadar.Data.Firestore.Client;

/// <summary>Firestore refused a request; <see cref="Status"/> is Google's status word (e.g. <c>INVALID_ARGUMENT</c>).</summary>
public class FirestoreRequestException : Exception
{
    public FirestoreRequestException(HttpStatusCode statusCode, string status, string message)
        : this(statusCode, status, message, $"Firestore answered {(int)statusCode} {status}: {message}")
    {
    }

    protected FirestoreRequestException(HttpStatusCode statusCode, string status, string googleMessage, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Status = status;
        GoogleMessage = googleMessage;
    }

    public HttpStatusCode StatusCode { get; }

    public string Status { get; }

    /// <summary>What Google's error said.</summary>
    public string GoogleMessage { get; }
}

/// <summary>
/// A query Firestore refused because the database lacks the index it needs (400 <c>FAILED_PRECONDITION</c>). Nothing
/// retries it: the index must be created, from the repository's <c>firestore.indexes.json</c> or at Google's link.
/// </summary>
public sealed class FirestoreIndexMissingException(HttpStatusCode statusCode, string googleMessage, string index)
    : FirestoreRequestException(
        statusCode,
        "FAILED_PRECONDITION",
        googleMessage,
        $"Firestore has no index for a query on {index}: deploy firestore.indexes.json (cineradar store indexes) " +
        $"or create it {(CreateLinkIn(googleMessage) is { } link ? $"at {link}" : "in the Firebase console")}.")
{
    /// <summary>The collection and the fields the index needs, in order: <c>alerts (active ASCENDING, last_raised_at DESCENDING)</c>.</summary>
    public string Index { get; } = index;

    /// <summary>The link Google gives to create the index, when it gives one.</summary>
    public string? CreateLink { get; } = CreateLinkIn(googleMessage);

    private static string? CreateLinkIn(string message) =>
        message.Split(' ').FirstOrDefault(word => word.StartsWith("https://", StringComparison.Ordinal))?.TrimEnd('.');
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
