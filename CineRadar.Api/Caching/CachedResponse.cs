using System.ComponentModel;

namespace CineRadar.Api.Caching;

/// <summary>
/// A read's answer as it is cached: the JSON body ready to send and its ETag, or, for an id the data does not know, the
/// 404's detail. Immutable, so that HybridCache's memory layer hands out the same instance on every hit.
/// </summary>
[ImmutableObject(true)]
internal sealed class CachedResponse(string etag, byte[]? body, string? missingDetail)
{
    public string ETag { get; } = etag;

    /// <summary>The UTF-8 JSON body; null when the thing asked for does not exist.</summary>
    public byte[]? Body { get; } = body;

    public string? MissingDetail { get; } = missingDetail;

    public bool IsMissing => Body is null;
}
