using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CineRadar.Contracts;

namespace CineRadar.Admin.Tests;

/// <summary>The export page and its downloads, which pass the Api's export through as the Api writes it.</summary>
public sealed class ExportPageTests : IClassFixture<AdminSite>, IDisposable
{
    private const string ExportPath = "/api/v1/exports/estimates";
    private readonly AdminSite _site;

    public ExportPageTests(AdminSite site)
    {
        _site = site;
        _site.Api.Reset();
    }

    public void Dispose() => _site.Api.Reset();

    [Fact]
    public async Task ThePageOffersEachDatasetAndFormatOverARangeAndShowsTheSitesUseToday()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/export-use",
            new[] { new ExportUseDto("k_partner", Samples.Today, 2, 10, 20), new ExportUseDto("service:admin", Samples.Today, 3, 1234, 200) });
        using var browser = await SignedInAsync();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/exports"));

        Assert.Contains("action=\"export/data\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"showtimes\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"samples\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"estimates\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"parquet\">", page, StringComparison.Ordinal);
        Assert.Contains("name=\"from\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"to\"", page, StringComparison.Ordinal);
        Assert.Contains("This site's exports today: 3 of 200, 1,234 rows.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"exports\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADownloadPassesTheApisGzippedFileThroughWithItsName()
    {
        var csv = "date,showtime_id\r\n2026-01-11,st-1\r\n";
        var zipped = Gzip(csv);
        string? acceptEncoding = null;
        _site.Api.Answer(HttpMethod.Get, ExportPath, request =>
        {
            acceptEncoding = request.Headers.AcceptEncoding.ToString();
            var content = new ByteArrayContent(zipped);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv; charset=utf-8");
            content.Headers.ContentEncoding.Add("gzip");
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "cineradar-estimates-2026-01-10-to-2026-01-11.csv" };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var browser = await SignedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/data?dataset=estimates&from=2026-01-10&to=2026-01-11&format=csv");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal("cineradar-estimates-2026-01-10-to-2026-01-11.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(zipped, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("gzip", acceptEncoding);
        var sent = Assert.Single(_site.Api.Sent(HttpMethod.Get, ExportPath));
        Assert.Equal("?from=2026-01-10&to=2026-01-11&format=csv", sent.Query);
        Assert.Equal(AdminSite.AnalystName, sent.User);
    }

    [Fact]
    public async Task TheApisRefusalIsShownWithItsStatus()
    {
        _site.Api.Problem(HttpMethod.Get, ExportPath, HttpStatusCode.TooManyRequests, "This key's 200 exports of today (WIB) are used up.");
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/export/data?dataset=estimates&from=2026-01-10&to=2026-01-11");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("This key's 200 exports of today (WIB) are used up.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARefusedExportIsAskedOnceAndShownAtOnceWhateverItsRetryAfter()
    {
        _site.Api.Answer(HttpMethod.Get, ExportPath, _ => new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(5)) },
            Content = new StringContent("""{"status":429,"detail":"This key's 200 exports of today (WIB) are used up."}""", Encoding.UTF8, "application/problem+json"),
        });
        using var browser = await SignedInAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using var response = await browser.GetAsync("/export/data?dataset=estimates&from=2026-01-10&to=2026-01-11");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("This key's 200 exports of today (WIB) are used up.", await response.Content.ReadAsStringAsync());
        Assert.Single(_site.Api.Sent(HttpMethod.Get, ExportPath));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task AnExportTheApiFailsIsNotAskedAgain()
    {
        _site.Api.Problem(HttpMethod.Get, ExportPath, HttpStatusCode.ServiceUnavailable, "The store is not answering.");
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync("/export/data?dataset=estimates&from=2026-01-10&to=2026-01-11");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(_site.Api.Sent(HttpMethod.Get, ExportPath));
    }

    [Fact]
    public async Task TheKeysPageShowsEachKeysExportsToday()
    {
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/keys", new[]
        {
            new ApiKeyDto("k_partner", "Partner", "crk_abcd", "b2b", 120, "dewi", DateTimeOffset.UtcNow, null, null),
            new ApiKeyDto("k_quiet", "Quiet", "crk_efgh", "b2b", 120, "dewi", DateTimeOffset.UtcNow, null, null),
        });
        _site.Api.Answer(HttpMethod.Get, "/api/v1/admin/export-use", new[] { new ExportUseDto("k_partner", Samples.Today, 2, 12_345, 20) });
        using var browser = await SignedInAsync();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/keys"));

        Assert.Contains("<td data-exports>2 of 20 (12,345 rows)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-exports>0</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADownloadStreamsTheRealApisExport()
    {
        await using var api = new SharedApi();
        await using var site = new AdminSite { RealApi = api };
        using var browser = site.Browser();
        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.AnalystName, AdminSite.AnalystPassword);

        using var response = await browser.GetAsync("/export/data?dataset=showtimes&from=2026-01-10&to=2026-01-11&format=csv");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.StartsWith("date,showtime_id,movie_id,movie_title,", body, StringComparison.Ordinal);
        Assert.Equal("cineradar-showtimes-2026-01-10-to-2026-01-11.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var backwards = await browser.GetAsync("/export/data?dataset=showtimes&from=2026-01-11&to=2026-01-10");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("is before 'from'", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = _site.Browser();
        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.AnalystName, AdminSite.AnalystPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
