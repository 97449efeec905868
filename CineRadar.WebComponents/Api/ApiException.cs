using System.Net;

namespace CineRadar.WebComponents.Api;

/// <summary>
/// An Api call that got no answer to show: the Api could not be reached (<see cref="IsUnreachable"/>), it refused the
/// request (<see cref="Status"/> and the <see cref="Problem"/> it sent), or it answered something unreadable.
/// <see cref="Exception.Message"/> is fit to show to a person as it is.
/// </summary>
public sealed class ApiException : Exception
{
    public const string NotAnswering = "The CineRadar Api is not answering right now. Try again in a moment.";
    public const string Unreadable = "The CineRadar Api gave an answer this site cannot read.";

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

    private ApiException(string message, ApiProblem? problem, bool isUnreachable, Exception? innerException)
        : base(message, innerException)
    {
        Problem = problem;
        IsUnreachable = isUnreachable;
    }

    /// <summary>The Api's status code; null when it did not answer at all.</summary>
    public HttpStatusCode? Status => Problem?.Status;

    /// <summary>What the Api said when it refused; null when it did not answer or its answer was unreadable.</summary>
    public ApiProblem? Problem { get; }

    /// <summary>The Api could not be reached: refused connection, timeout, or a circuit breaker that is open.</summary>
    public bool IsUnreachable { get; }

    public static ApiException Unreachable(Exception cause) => new(NotAnswering, null, isUnreachable: true, cause);

    public static ApiException Refused(ApiProblem problem) => new(problem.Message, problem, isUnreachable: false, null);

    public static ApiException UnreadableAnswer(Exception? cause) => new(Unreadable, null, isUnreachable: false, cause);
}
