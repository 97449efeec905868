using System.Net.Http.Headers;

namespace CineRadar.WebComponents.Api;

/// <summary>
/// A file the Api is sending, open as it arrives: its body as the Api wrote it (still gzipped when
/// <see cref="ContentEncoding"/> says so) and the headers a site passes on to its browser. Dispose it when done.
/// </summary>
public sealed class ApiDownload(HttpResponseMessage response, Stream content) : IDisposable
{
    public Stream Content { get; } = content;

    public string? ContentType => response.Content.Headers.ContentType?.ToString();

    public string? ContentDisposition => response.Content.Headers.ContentDisposition?.ToString();

    public string? ContentEncoding => response.Content.Headers.ContentEncoding.Count == 0 ? null : string.Join(", ", response.Content.Headers.ContentEncoding);

    public void Dispose()
    {
        Content.Dispose();
        response.Dispose();
    }

    internal static void AcceptGzip(HttpRequestMessage request) =>
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
}
