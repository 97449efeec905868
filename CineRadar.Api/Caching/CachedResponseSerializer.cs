using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace CineRadar.Api.Caching;

/// <summary>
/// Writes a <see cref="CachedResponse"/> for Redis as it is, without re-encoding the JSON: the ETag and the 404 detail
/// (each with its length), then the body.
/// </summary>
internal sealed class CachedResponseSerializer : IHybridCacheSerializer<CachedResponse>
{
    public CachedResponse Deserialize(ReadOnlySequence<byte> source)
    {
        var bytes = source.ToArray();
        var span = bytes.AsSpan();
        var etag = ReadText(ref span)!;
        var missing = ReadText(ref span);
        return new CachedResponse(etag, missing is null ? span.ToArray() : null, missing);
    }

    public void Serialize(CachedResponse value, IBufferWriter<byte> target)
    {
        WriteText(target, value.ETag);
        WriteText(target, value.IsMissing ? value.MissingDetail ?? "" : null);
        if (value.Body is { } body)
        {
            target.Write(body);
        }
    }

    private static void WriteText(IBufferWriter<byte> target, string? text)
    {
        var length = text is null ? -1 : Encoding.UTF8.GetByteCount(text);
        BinaryPrimitives.WriteInt32LittleEndian(target.GetSpan(4), length);
        target.Advance(4);
        if (text is not null)
        {
            target.Advance(Encoding.UTF8.GetBytes(text, target.GetSpan(length)));
        }
    }

    private static string? ReadText(ref Span<byte> span)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(span);
        span = span[4..];
        if (length < 0)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(span[..length]);
        span = span[length..];
        return text;
    }
}
