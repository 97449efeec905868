using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;
using Parquet;
using Parquet.Schema;

namespace CineRadar.Api.Tests;

/// <summary>Data exports: the files' content in CSV and Parquet, gzip, streaming a day at a time, ranges, quotas.</summary>
[Collection(ApiSuite.Name)]
public sealed class ExportTests(ApiFixture fixture)
{
    private const string EstimateHeader =
        "date,showtime_id,movie_id,movie_title,theatre_id,theatre_name,city_id,city_name,merchant,room_category,local_time,starts_at," +
        "capacity,admissions,admissions_low,admissions_high,occupancy_pct,ticket_price_rupiah,gross_rupiah,gross_low_rupiah,gross_high_rupiah," +
        "basis,house_locked,updated_at";

    private string Range => FormattableString.Invariant($"from={fixture.Yesterday:yyyy-MM-dd}&to={fixture.Today:yyyy-MM-dd}");

    [Fact]
    public async Task CsvExportOfEstimatesHasEveryEstimateOfTheRangeAsAnAttachment()
    {
        using var http = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("csv partner", 600));
        using var response = await http.GetAsync(new Uri($"/api/v1/exports/estimates?{Range}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(
            FormattableString.Invariant($"cineradar-estimates-{fixture.Yesterday:yyyy-MM-dd}-to-{fixture.Today:yyyy-MM-dd}.csv"),
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Empty(response.Content.Headers.ContentEncoding);

        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal(EstimateHeader, lines[0]);
        Assert.Equal("", lines[^1]);
        var store = fixture.Api.Services.GetRequiredService<IAdmissionsStore>();
        var estimates = (await store.GetEstimatesAsync(fixture.Yesterday)).Concat(await store.GetEstimatesAsync(fixture.Today)).ToList();
        Assert.NotEmpty(estimates);
        Assert.Equal(estimates.Count, lines.Length - 2);

        var first = estimates[0];
        var cells = lines[1].Split(',');
        Assert.Equal(first.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(first.ShowtimeId, cells[1]);
        Assert.Equal(first.StartsAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture), cells[11]);
        Assert.Equal(first.Admissions.ToString(CultureInfo.InvariantCulture), cells[13]);
        Assert.Equal(first.TicketPriceRupiah?.ToString(CultureInfo.InvariantCulture) ?? "", cells[17]);
        Assert.Equal(first.HouseLocked ? "true" : "false", cells[22]);
    }

    [Fact]
    public async Task CsvCellsAreQuotedAndTextASpreadsheetWouldRunIsNeutralised()
    {
        var hostile = Estimate("=HYPERLINK(\"http://x\",\"click\")", "Mall, \"Kota\"\nLt. 4", "-SUM(A1)") with { TicketPriceRupiah = null };
        await using var api = fixture.NewApi(services: s => s.AddSingleton<IAdmissionsStore>(new FixedEstimates([hostile])));
        using var http = api.Client(await api.IssueB2bKeyAsync("hostile partner", 600));

        var csv = await http.GetStringAsync(new Uri($"/api/v1/exports/estimates?from={Day(hostile.Date)}&to={Day(hostile.Date)}", UriKind.Relative));

        Assert.Equal(
            EstimateHeader + "\r\n" +
            $"{Day(hostile.Date)},st-1,m-1,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",t-1,\"Mall, \"\"Kota\"\"\nLt. 4\",c-1,JAKARTA,'-SUM(A1),REGULAR 2D,19:00," +
            "2026-01-11T12:00:00+00:00,100,-3,-5,2,-3,,,,,'+final,false,2026-01-11T15:30:00+00:00\r\n",
            csv);
    }

    [Fact]
    public async Task GzipIsSentWhenAcceptedAndUnzipsToTheSameCsv()
    {
        using var http = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("gzip partner", 600));
        var plain = await http.GetStringAsync(new Uri($"/api/v1/exports/showtimes?{Range}", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/exports/showtimes?{Range}", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var zipped = await response.Content.ReadAsByteArrayAsync();
        await using var unzip = new GZipStream(new MemoryStream(zipped), CompressionMode.Decompress);
        using var reader = new StreamReader(unzip, Encoding.UTF8);
        var unzipped = await reader.ReadToEndAsync();
        Assert.Equal(plain, unzipped);
        Assert.True(zipped.Length < Encoding.UTF8.GetByteCount(plain) / 2, $"{zipped.Length} bytes zipped of {plain.Length}");
        Assert.StartsWith("date,showtime_id,movie_id,movie_title,theatre_id,theatre_name,chain,", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParquetExportReadsBackWithItsColumnTypesAndValues()
    {
        using var http = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("parquet partner", 600));
        using var response = await http.GetAsync(new Uri($"/api/v1/exports/estimates?{Range}&format=parquet", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.apache.parquet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".parquet", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        await using var reader = await ParquetReader.CreateAsync(
            new MemoryStream(await response.Content.ReadAsByteArrayAsync()), new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        Assert.Equal(EstimateHeader.Split(','), reader.Schema.GetDataFields().Select(f => f.Name));
        Assert.Equal(typeof(DateOnly), fields["date"].ClrType);
        Assert.Equal(typeof(ReadOnlyMemory<char>), fields["showtime_id"].ClrType); // how Parquet.Net 6 reads UTF-8 text
        Assert.Equal(typeof(int), fields["admissions"].ClrType);
        Assert.False(fields["admissions"].IsNullable);
        Assert.Equal(typeof(long), fields["ticket_price_rupiah"].ClrType);
        Assert.True(fields["ticket_price_rupiah"].IsNullable);
        Assert.Equal(typeof(double), fields["occupancy_pct"].ClrType);
        Assert.Equal(typeof(bool), fields["house_locked"].ClrType);
        var startsAt = Assert.IsType<DateTimeDataField>(fields["starts_at"]);
        Assert.True(startsAt.IsAdjustedToUTC);

        var store = fixture.Api.Services.GetRequiredService<IAdmissionsStore>();
        var yesterday = await store.GetEstimatesAsync(fixture.Yesterday);
        var today = await store.GetEstimatesAsync(fixture.Today);
        Assert.Equal(2, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(yesterday.Count, group.RowCount);
        var count = (int)group.RowCount;
        var dates = new DateOnly[count];
        var ids = new string?[count];
        var admissions = new int[count];
        var prices = new long?[count];
        var starts = new DateTime[count];
        await group.ReadAsync(fields["date"], dates.AsMemory());
        await group.ReadAsync(fields["showtime_id"], ids.AsMemory());
        await group.ReadAsync(fields["admissions"], admissions.AsMemory());
        await group.ReadAsync(fields["ticket_price_rupiah"], prices.AsMemory());
        await group.ReadAsync(fields["starts_at"], starts.AsMemory());
        Assert.Equal(yesterday.Select(e => e.Date), dates);
        Assert.Equal(yesterday.Select(e => e.ShowtimeId), ids);
        Assert.Equal(yesterday.Select(e => e.Admissions), admissions);
        Assert.Equal(yesterday.Select(e => e.TicketPriceRupiah), prices);
        Assert.Equal(yesterday.Select(e => e.StartsAt.UtcDateTime), starts.Select(s => DateTime.SpecifyKind(s, DateTimeKind.Utc)));
        using var second = reader.OpenRowGroupReader(1);
        Assert.Equal(today.Count, second.RowCount);
    }

    [Fact]
    public async Task TheFirstDayReachesTheClientBeforeTheNextDayIsRead()
    {
        var gate = new DayGate(fixture.Today);
        await using var api = fixture.NewApi(services: s =>
        {
            var real = s.Last(d => d.ServiceType == typeof(ISeatSampleStore));
            s.AddSingleton<ISeatSampleStore>(sp => new GatedSamples((ISeatSampleStore)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!), gate));
        });
        using var http = api.Client(await api.IssueB2bKeyAsync("streaming partner", 600));
        var yesterdays = (await api.Services.GetRequiredService<ISeatSampleStore>().GetSummariesAsync(fixture.Yesterday)).Count;
        Assert.True(yesterdays > 0);

        using var response = await http.GetAsync(new Uri($"/api/v1/exports/samples?{Range}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(TimeSpan.FromSeconds(30));
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var header = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("date,showtime_id,kind,sampled_at", header, StringComparison.Ordinal);
        for (var i = 0; i < yesterdays; i++)
        {
            var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.StartsWith(Day(fixture.Yesterday), line, StringComparison.Ordinal);
        }

        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(gate.Released, "today's samples are still held back while yesterday's were read");
        gate.Release();
        var rest = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(rest.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith(Day(fixture.Today), line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("estimates?from={today}&to={yesterday}", "to")]
    [InlineData("estimates?from={long-ago}&to={today}", "to")]
    [InlineData("estimates?to={today}", "from")]
    [InlineData("estimates?from={today}", "to")]
    [InlineData("estimates?from=2026-1-1&to={today}", "from")]
    [InlineData("seats?from={today}&to={today}", "dataset")]
    [InlineData("samples?from={today}&to={today}&format=xlsx", "format")]
    public async Task ABadRangeOrWordIsA400NamingTheParameter(string query, string parameter)
    {
        using var http = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("careless partner", 600));
        var url = "/api/v1/exports/" + query
            .Replace("{today}", Day(fixture.Today), StringComparison.Ordinal)
            .Replace("{yesterday}", Day(fixture.Yesterday), StringComparison.Ordinal)
            .Replace("{long-ago}", Day(fixture.Today.AddDays(-92)), StringComparison.Ordinal);

        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));

        await HttpAssert.NamesParameterAsync(response, parameter);
    }

    [Fact]
    public async Task NinetyTwoDaysAreOneExport()
    {
        using var http = fixture.Api.Client(await fixture.Api.IssueB2bKeyAsync("long-range partner", 600));
        using var response = await http.GetAsync(
            new Uri($"/api/v1/exports/samples?from={Day(fixture.Today.AddDays(-91))}&to={Day(fixture.Today)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ThePublicSitesKeyMayNotExport()
    {
        using var http = fixture.Api.PublicSite();
        using var response = await http.GetAsync(new Uri($"/api/v1/exports/showtimes?{Range}", UriKind.Relative));
        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AKeysDailyQuotaHoldsAcrossTwoReplicasAndIsShownToTheAdmin()
    {
        var settings = new Dictionary<string, string?> { ["Exports:ExportsPerKeyPerDay"] = "3" };
        await using var first = fixture.NewApi(settings);
        await using var second = fixture.NewApi(settings);
        using var admin = first.Operator();
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/admin/keys", UriKind.Relative), new { name = "quota partner", requestsPerMinute = 600 });
        var key = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (keyId, secret) = (key.GetProperty("id").GetString()!, key.GetProperty("secret").GetString()!);
        using var firstHttp = first.Client(secret);
        using var secondHttp = second.Client(secret);
        var url = new Uri($"/api/v1/exports/estimates?from={Day(fixture.Today)}&to={Day(fixture.Today)}", UriKind.Relative);

        var statuses = new List<HttpStatusCode>();
        foreach (var http in new[] { firstHttp, secondHttp, firstHttp })
        {
            using var response = await http.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        foreach (var http in new[] { secondHttp, firstHttp })
        {
            using var refused = await http.GetAsync(url);
            var problem = await HttpAssert.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.Contains("exports", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 1, 24 * 3600);
        }

        var use = (await admin.GetOkAsync("/api/v1/admin/export-use")).EnumerateArray().Single(u => u.GetProperty("keyId").GetString() == keyId);
        Assert.Equal(3, use.GetProperty("exports").GetInt32());
        Assert.Equal(3, use.GetProperty("limit").GetInt32());
        var estimates = (await first.Services.GetRequiredService<IAdmissionsStore>().GetEstimatesAsync(fixture.Today)).Count;
        Assert.Equal(3L * estimates, use.GetProperty("rows").GetInt64());
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ShowtimeEstimate Estimate(string title, string theatre, string merchant) => new(
        "st-1", new DateOnly(2026, 1, 11), "m-1", title, "t-1", theatre, "c-1", "JAKARTA", merchant, "REGULAR 2D", "19:00",
        new DateTimeOffset(2026, 1, 11, 19, 0, 0, TimeSpan.FromHours(7)), 100, -3, 40_000, "+final", false,
        new DateTimeOffset(2026, 1, 11, 22, 30, 0, TimeSpan.FromHours(7)), -5, 2);

    /// <summary>A store that holds these estimates for their day and nothing else.</summary>
    private sealed class FixedEstimates(IReadOnlyList<ShowtimeEstimate> estimates) : IAdmissionsStore
    {
        public Task SaveAsync(DateOnly date, IReadOnlyCollection<ShowtimeEstimate> saved, IReadOnlyCollection<DailyRollup> rollups, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;

        public Task<IReadOnlyList<ShowtimeEstimate>> GetEstimatesAsync(DateOnly date, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ShowtimeEstimate>>([.. estimates.Where(e => e.Date == date)]);

        public Task<IReadOnlyList<DailyRollup>> GetRollupsAsync(DateOnly date, RollupDimension dimension, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DailyRollup>>([]);

        public Task<IReadOnlyList<DailyRollup>> GetHistoryAsync(RollupDimension dimension, string key, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DailyRollup>>([]);
    }

    /// <summary>Holds back the reading of one day until released.</summary>
    private sealed class DayGate(DateOnly day)
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public bool Released => _released.Task.IsCompleted;

        public void Release() => _released.TrySetResult();

        public async Task PassAsync(DateOnly date, CancellationToken cancellationToken)
        {
            if (date == day)
            {
                _entered.TrySetResult();
                await _released.Task.WaitAsync(cancellationToken);
            }
        }
    }

    private sealed class GatedSamples(ISeatSampleStore inner, DayGate gate) : ISeatSampleStore
    {
        public Task UpsertAsync(IReadOnlyCollection<SeatSample> samples, CancellationToken cancellationToken = default) => inner.UpsertAsync(samples, cancellationToken);

        public Task<IReadOnlyList<SeatSample>> GetForShowtimeAsync(string showtimeId, CancellationToken cancellationToken = default) =>
            inner.GetForShowtimeAsync(showtimeId, cancellationToken);

        public async Task<IReadOnlyList<SeatSampleSummary>> GetSummariesAsync(DateOnly date, CancellationToken cancellationToken = default)
        {
            await gate.PassAsync(date, cancellationToken);
            return await inner.GetSummariesAsync(date, cancellationToken);
        }
    }
}
