namespace CineRadar.Contracts;

/// <summary>
/// The store's data version as the Api sees it: it moves on with every publish, seat fold and change readers see, so a
/// site that watches it knows when its pages have new figures.
/// </summary>
public sealed record DataVersion(long Version);
