namespace CineRadar.Core.Tix;

/// <summary>What TIX's error answers mean, whichever field of <c>error</c> says it.</summary>
public static class TixErrors
{
    /// <summary>
    /// True when TIX says the show has started: <c>EXPIRED_EVENT_DETAIL</c>, "event expired", "event detail is expired"
    /// or "has started", in <c>error.code</c> or in <c>error.message</c> (the reference records the code; the original
    /// read the message, and which one TIX really uses is not recorded).
    /// </summary>
    public static bool SaysShowStarted(string? code, string? message) => MeansShowStarted(code) || MeansShowStarted(message);

    private static bool MeansShowStarted(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var words = text.ToLowerInvariant().Replace('_', ' ').Replace('-', ' ');
        return (words.Contains("event", StringComparison.Ordinal) && words.Contains("expired", StringComparison.Ordinal))
               || words.Contains("has started", StringComparison.Ordinal)
               || words.Contains("already started", StringComparison.Ordinal);
    }
}
