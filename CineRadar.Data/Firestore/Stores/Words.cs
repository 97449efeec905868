namespace CineRadar.Data.Firestore.Stores;

/// <summary>Enum values as the stored documents spell them: lower snake case (<c>RunStatus.Success</c> is <c>success</c>).</summary>
internal static class Words
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The enum value a stored word names, or <paramref name="fallback"/> for a word this version does not know.</summary>
    public static TEnum Parse<TEnum>(string? word, TEnum fallback)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(word?.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : fallback;
}
