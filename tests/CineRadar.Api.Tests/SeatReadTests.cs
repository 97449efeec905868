using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Operations;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>Today's seat reads against the daily cap, and the operator's resume after a halt (audited).</summary>
[Collection(ApiSuite.Name)]
public sealed class SeatReadTests(ApiFixture fixture)
{
    [Fact]
    public async Task TodaysSeatReadsAreShownAgainstTheCapAndOnlyAnOperatorResumesAHalt()
    {
        var directory = Directory.CreateTempSubdirectory("cineradar-seat-reads-").FullName;
        await using var api = new ApiFactory(Path.Combine(directory, "reads.db"), fixture.Clock);
        var store = api.Services.GetRequiredService<ISeatReadStore>();
        var alerts = api.Services.GetRequiredService<IAlertStore>();
        var today = fixture.Clock.Today();
        await store.RecordUsedAsync(today, 4_200, 10);
        await store.HaltAsync(today, fixture.Clock.GetUtcNow(), "3 seat maps in a row were refused (403, 403, 403)");
        await alerts.RaiseAsync(SeatReadHalt.AlertCode, SeatReadHalt.AlertSubject, AlertSeverity.Critical, "blocked");
        using var admin = api.Operator("rina");
        using var analyst = api.Analyst();
        using var outsider = api.Client(key: null);

        var reads = await analyst.GetOkAsync("/api/v1/admin/seat-reads");
        using var anonymous = await outsider.GetAsync(new Uri("/api/v1/admin/seat-reads", UriKind.Relative));
        using var refused = await analyst.PostAsync(new Uri("/api/v1/admin/seat-reads/resume", UriKind.Relative), null);
        using var resumed = await admin.PostAsync(new Uri("/api/v1/admin/seat-reads/resume", UriKind.Relative), null);
        using var again = await admin.PostAsync(new Uri("/api/v1/admin/seat-reads/resume", UriKind.Relative), null);

        Assert.Equal((4_210, 12_600, 378, 10), (reads.GetProperty("used").GetInt64(), reads.GetProperty("cap").GetInt64(),
            reads.GetProperty("visitorReserve").GetInt64(), reads.GetProperty("visitorUsed").GetInt64()));
        Assert.Contains("403", reads.GetProperty("haltReason").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, reads.GetProperty("haltedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await HttpAssert.ProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("haltedAt").ValueKind);
        await HttpAssert.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.False((await store.GetAsync(today)).IsHalted);
        Assert.DoesNotContain(await alerts.ListAsync(50), a => a.Code == SeatReadHalt.AlertCode && a.IsActive);
        var audit = (await admin.GetOkAsync("/api/v1/admin/audit?limit=50")).EnumerateArray().First(e => e.GetProperty("action").GetString() == "seats.resume");
        Assert.Equal("rina", audit.GetProperty("user").GetString());
    }
}
