namespace CineRadar.Api.Validation;

/// <summary>
/// Which part of a list to answer: <c>limit</c> items (50 when omitted, at most 200, as the Admin lists take them) after
/// skipping <c>offset</c> (0 when omitted).
/// </summary>
internal readonly record struct Paging(int Offset, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxOffset = 10_000;

    public static Paging Of(int? offset, int? limit) => new(offset ?? 0, limit ?? DefaultLimit);

    /// <summary>The paging's part of an answer's cache key.</summary>
    public string Key => FormattableString.Invariant($"{Offset}+{Limit}");

    public (IReadOnlyList<T> Items, PageInfo Page) Slice<T>(IReadOnlyList<T> all)
    {
        var items = all.Skip(Offset).Take(Limit).ToList();
        var next = Offset + items.Count < all.Count ? Offset + items.Count : (int?)null;
        return (items, new PageInfo(Offset, Limit, all.Count, next));
    }
}
