namespace CineRadar.Core.Tix;

/// <summary>A TIX payload that cannot be read: not JSON, or missing something CineRadar cannot do without.</summary>
public sealed class TixPayloadException : Exception
{
    public TixPayloadException(string payload, string problem, Exception? inner = null)
        : base($"{payload}: {problem}", inner)
    {
        Payload = payload;
        Problem = problem;
    }

    /// <summary>Which payload it was, e.g. "schedules page".</summary>
    public string Payload { get; }

    /// <summary>What was wrong, naming the field, e.g. "data.theaters[2].id is missing".</summary>
    public string Problem { get; }
}
