namespace CineRadar.WebComponents.Api;

/// <summary>
/// Ends a request marked single-attempt (<see cref="Mark"/>) at its first answer that is not a success, by throwing
/// <see cref="FinalAnswerException"/> with it: the resilience handler outside the site's handlers retries transient
/// answers (429 after its <c>Retry-After</c>, 5xx), which must not happen to a call the Api counts (an export counts
/// against the key's daily quota, whose 429 says to come back after midnight).
/// </summary>
public sealed class SingleAttemptHandler : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> SingleAttempt = new("CineRadar.SingleAttempt");

    public static void Mark(HttpRequestMessage request) => request.Options.Set(SingleAttempt, true);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode && request.Options.TryGetValue(SingleAttempt, out var single) && single)
        {
            throw new FinalAnswerException(response);
        }

        return response;
    }
}

/// <summary>The first answer of a single-attempt request, which was not a success: the caller reads and disposes it.</summary>
public sealed class FinalAnswerException : Exception
{
    public FinalAnswerException()
        : this(new HttpResponseMessage())
    {
    }

    public FinalAnswerException(string message)
        : base(message)
    {
        Response = new HttpResponseMessage();
    }

    public FinalAnswerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Response = new HttpResponseMessage();
    }

    public FinalAnswerException(HttpResponseMessage response)
        : base($"The Api answered {(int)response.StatusCode} to a request sent once.")
    {
        Response = response;
    }

    public HttpResponseMessage Response { get; }
}
