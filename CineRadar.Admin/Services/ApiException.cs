using System.Net;

namespace CineRadar.Admin.Services;

/// <summary>
/// An Api call that did not give an answer to show: the Api is down (no status), or it refused the request (its
/// ProblemDetails' message). Pages show <see cref="Exception.Message"/> to the person as it is.
/// </summary>
public sealed class ApiException : Exception
{
    public const string NotAnswering = "The CineRadar Api is not answering right now. Try again in a moment.";

    public ApiException()
        : this(NotAnswering)
    {
    }

    public ApiException(string message)
        : base(message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ApiException(string message, HttpStatusCode status)
        : base(message) => Status = status;

    /// <summary>The Api's status code; null when it did not answer at all.</summary>
    public HttpStatusCode? Status { get; }

    public bool IsNotFound => Status == HttpStatusCode.NotFound;
}
