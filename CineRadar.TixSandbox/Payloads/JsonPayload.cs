using System.Text.Json;

namespace CineRadar.TixSandbox.Payloads;

/// <summary>
/// A JSON body the sandbox wrote itself with <see cref="Utf8JsonWriter"/> into a pooled buffer, sent with its length.
/// </summary>
internal sealed class JsonPayload : IResult, IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly PooledBufferWriter _buffer;

    private JsonPayload(int statusCode, PooledBufferWriter buffer)
    {
        StatusCode = statusCode;
        _buffer = buffer;
    }

    public int StatusCode { get; }

    public ReadOnlySpan<byte> Body => _buffer.WrittenSpan;

    public static JsonPayload Write(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK, int capacity = 4096)
    {
        var buffer = new PooledBufferWriter(capacity);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return new JsonPayload(statusCode, buffer);
    }

    /// <summary>Writes the TIX success envelope <c>{"success":true,"data":…}</c>, the data written by <paramref name="writeData"/>.</summary>
    public static JsonPayload Success(Action<Utf8JsonWriter> writeData, int capacity = 4096) => Write(
        writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            writer.WritePropertyName("data");
            writeData(writer);
            writer.WriteEndObject();
        },
        capacity: capacity);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        try
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCode;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = _buffer.WrittenMemory.Length;
            await response.Body.WriteAsync(_buffer.WrittenMemory, httpContext.RequestAborted);
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose() => _buffer.Dispose();
}
