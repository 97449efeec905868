using System.Threading.RateLimiting;

namespace CineRadar.Api.Security;

/// <summary>A request's permit from a key's bucket, or its refusal with the time until the bucket has a token again.</summary>
internal sealed class KeyBucketLease : RateLimitLease
{
    public static readonly KeyBucketLease Granted = new(true, null);

    private static readonly string[] RetryAfterName = [MetadataName.RetryAfter.Name];

    private readonly TimeSpan? _retryAfter;

    private KeyBucketLease(bool isAcquired, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : RetryAfterName;

    /// <summary>A refusal; <paramref name="retryAfter"/> when known.</summary>
    public static KeyBucketLease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
