namespace CineRadar.Admin.Tables;

/// <summary>
/// What a week-over-week comparison follows, as its page's <c>subject</c> query value carries it: <c>movie:ID</c>,
/// <c>city:ID</c> or <c>chain:KEY</c>.
/// </summary>
public sealed record ComparedSubject(string By, string Key)
{
    public static readonly IReadOnlyList<(string By, string Label)> Kinds = [("movie", "Movies"), ("city", "Cities"), ("chain", "Chains")];

    public string Value => $"{By}:{Key}";

    /// <summary>The subject written in <paramref name="text"/>; null when it names none.</summary>
    public static ComparedSubject? Read(string? text)
    {
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || colon == text!.Length - 1)
        {
            return null;
        }

        var by = text[..colon];
        return Kinds.Any(k => k.By == by) ? new ComparedSubject(by, text[(colon + 1)..]) : null;
    }
}
