namespace CineRadar.Api.Validation;

/// <summary>Free text as the Api reads it: trimmed, absent when blank, of a bounded length without control characters.</summary>
internal static class FreeText
{
    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Whether trimmed text is at most <paramref name="maxLength"/> characters without control characters.</summary>
    public static bool Fits(string trimmed, int maxLength) => trimmed.Length <= maxLength && !trimmed.Any(char.IsControl);
}
