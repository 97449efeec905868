namespace CineRadar.Api;

/// <summary>Where the data comes from, so every reader can label sandbox data as such.</summary>
internal sealed class SourceOptions
{
    public const string SectionName = "Tix";

    /// <summary><c>tix</c> for the real TIX.id, <c>sandbox</c> for the local imitation.</summary>
    public string Source { get; set; } = "sandbox";
}
