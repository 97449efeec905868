namespace CineRadar.Core.Catalog;

/// <summary>A movie as CineRadar keeps it. <see cref="Id"/> is the id TIX's schedules API uses.</summary>
public sealed record Movie(
    string Id,
    string Title,
    IReadOnlyList<string> Genres,
    string? PosterUrl,
    string? AgeCategory,
    string? Country,
    IReadOnlyList<string> Merchants,
    bool IsPresale);
