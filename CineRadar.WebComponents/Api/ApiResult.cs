using System.Diagnostics.CodeAnalysis;

namespace CineRadar.WebComponents.Api;

/// <summary>
/// The answer to a lookup that may name nothing the Api knows (a movie, theatre, showtime, run or city by id): either
/// the value, or <see cref="NotFound"/> with the Api's own words on what it does not know.
/// </summary>
public sealed class ApiResult<T>
    where T : class
{
    internal ApiResult(T value) => Value = value;

    internal ApiResult(ApiProblem notFound) => NotFound = notFound;

    /// <summary>What the Api answered; null when it knows no such thing.</summary>
    public T? Value { get; }

    /// <summary>The Api's 404; null when it answered.</summary>
    public ApiProblem? NotFound { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(NotFound))]
    public bool IsFound => Value is not null;
}
