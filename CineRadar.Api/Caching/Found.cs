namespace CineRadar.Api.Caching;

/// <summary>What a read found: the answer, or why there is none (the 404's detail).</summary>
internal readonly record struct Found<T>(T? Value, string? Missing) where T : class
{
    public static implicit operator Found<T>(T value) => new(value, null);

    public static Found<T> NotFound(string detail) => new(null, detail);
}
