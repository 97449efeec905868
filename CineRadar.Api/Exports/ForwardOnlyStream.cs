namespace CineRadar.Api.Exports;

/// <summary>
/// What the Parquet writer writes to: it keeps the bytes until <see cref="SendAsync"/> passes them on to a stream that
/// cannot seek (the response), and answers <see cref="Position"/> with how many bytes were written, which is all the
/// writer asks of a stream it writes forward.
/// </summary>
internal sealed class ForwardOnlyStream(Stream target) : Stream
{
    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException("An export is written forward only.");
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Passes on what was written since the last call and flushes the target.</summary>
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length > 0)
        {
            _pending.Position = 0;
            await _pending.CopyToAsync(target, cancellationToken);
            _pending.SetLength(0);
        }

        await target.FlushAsync(cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("An export is written forward only.");

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
