namespace CineRadar.Data.Firestore.Values;

/// <summary>
/// Makes any text usable as a Firestore document id: a slash would start a new path segment, so it is written
/// <c>%2F</c> (and a percent sign <c>%25</c>, so that ids stay distinct); <c>.</c>, <c>..</c> and <c>__x__</c> are
/// reserved and get the same escape on their first character.
/// </summary>
internal static class DocumentId
{
    public static string Escape(string id)
    {
        if (id.Length == 0)
        {
            throw new ArgumentException("A document id cannot be empty.", nameof(id));
        }

        var escaped = id.Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal);
        var reserved = escaped is "." or ".." || (escaped.StartsWith("__", StringComparison.Ordinal) && escaped.EndsWith("__", StringComparison.Ordinal));
        return reserved ? $"%{(int)escaped[0]:X2}{escaped[1..]}" : escaped;
    }
}
