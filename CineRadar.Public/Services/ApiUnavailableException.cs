namespace CineRadar.Public.Services;

/// <summary>The Api could not answer (not reachable, timed out, or a server error): the site shows its 503 page.</summary>
public sealed class ApiUnavailableException : Exception
{
    public ApiUnavailableException()
    {
    }

    public ApiUnavailableException(string message)
        : base(message)
    {
    }

    public ApiUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
