using CineRadar.Core.Operations;

namespace CineRadar.Data.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task RaisingAnAlertAgainUpdatesItAndResolvingClosesIt()
    {
        var first = await Alerts.RaiseAsync("login-failed", "tix", AlertSeverity.Critical, "TIX login failed: wrong password");
        Clock.Advance(TimeSpan.FromMinutes(10));
        var again = await Alerts.RaiseAsync("login-failed", "tix", AlertSeverity.Critical, "TIX login failed again");
        await Alerts.RaiseAsync("city-failing", "BANDUNG", AlertSeverity.Warning, "BANDUNG failed 3 runs in a row");

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(2, again.Occurrences);
        Assert.Equal(first.FirstRaisedAt, again.FirstRaisedAt);
        Assert.Equal(Clock.GetUtcNow(), again.LastRaisedAt);
        Assert.Equal("TIX login failed again", again.Message);

        Assert.True(await Alerts.ResolveAsync("login-failed", "tix"));
        Assert.False(await Alerts.ResolveAsync("login-failed", "tix"));
        var listed = await Alerts.ListAsync(10);
        Assert.Equal(["city-failing", "login-failed"], listed.Select(a => a.Code));
        Assert.True(listed[0].IsActive);
        Assert.False(listed[1].IsActive);

        var reopened = await Alerts.RaiseAsync("login-failed", "tix", AlertSeverity.Critical, "and again");
        Assert.Equal(1, reopened.Occurrences);
        Assert.True(reopened.IsActive);
    }

    [Fact]
    public async Task AuditTrailListsNewestFirst()
    {
        var at = Clock.GetUtcNow();
        await Audit.AppendAsync(new AuditEntry("a1", at, "dewi", "operator", "run.queue", "schedules:JAKARTA", null));
        await Audit.AppendAsync(new AuditEntry("a2", at.AddMinutes(1), "dewi", "operator", "apikey.revoke", "key-7", "by request"));
        await Audit.AppendAsync(new AuditEntry("a2", at.AddMinutes(1), "dewi", "operator", "apikey.revoke", "key-7", "by request"));

        var entries = await Audit.ListAsync(10);

        Assert.Equal(["a2", "a1"], entries.Select(e => e.Id));
        Assert.Equal("by request", entries[0].Detail);
        Assert.Equal(at, entries[1].At);
    }

    [Fact]
    public async Task TokenRecordIsKeptWhole()
    {
        Assert.Null(await Tokens.GetAsync());
        var record = new TixTokenRecord("access.jwt.1", "refresh.jwt.1", Clock.GetUtcNow().AddMinutes(30), Clock.GetUtcNow().AddDays(91),
            "+62812****5678", Clock.GetUtcNow(), null, Clock.GetUtcNow());

        await Tokens.SaveAsync(record);
        await Tokens.SaveAsync(record with { AccessToken = "access.jwt.2", LastRefreshAt = Clock.GetUtcNow().AddMinutes(25) });

        var stored = await Tokens.GetAsync();
        Assert.Equal(record with { AccessToken = "access.jwt.2", LastRefreshAt = Clock.GetUtcNow().AddMinutes(25) }, stored);
    }

    [Fact]
    public async Task ApiKeysAreFoundByHashRevokedOnceAndTouched()
    {
        var key = new ApiKey("key-1", "Studio Satu", "crk_ab12", "hash-1", "b2b", 600, "dewi", Clock.GetUtcNow(), null, null);
        await ApiKeys.CreateAsync(key);
        await ApiKeys.CreateAsync(key with { Id = "key-2", SecretHash = "hash-2", Name = "Public site", Role = "service" });

        Assert.Equal(key, await ApiKeys.FindBySecretHashAsync("hash-1"));
        Assert.Null(await ApiKeys.FindBySecretHashAsync("hash-x"));
        Assert.Equal(2, (await ApiKeys.ListAsync()).Count);

        await ApiKeys.TouchAsync("key-1", Clock.GetUtcNow().AddMinutes(5));
        Assert.Equal(Clock.GetUtcNow().AddMinutes(5), (await ApiKeys.FindBySecretHashAsync("hash-1"))!.LastUsedAt);

        Assert.True(await ApiKeys.RevokeAsync("key-1", Clock.GetUtcNow().AddMinutes(6)));
        Assert.False(await ApiKeys.RevokeAsync("key-1", Clock.GetUtcNow().AddMinutes(7)));
        Assert.False(await ApiKeys.RevokeAsync("key-9", Clock.GetUtcNow()));
        Assert.False((await ApiKeys.FindBySecretHashAsync("hash-1"))!.IsActive);
        await Assert.ThrowsAsync<ArgumentException>(() => ApiKeys.CreateAsync(key with { Id = "key-3", SecretHash = "" }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ApiKeys.CreateAsync(key with { SecretHash = "hash-9" }));
        Assert.Null(await ApiKeys.FindBySecretHashAsync("hash-9"));
    }

    [Fact]
    public async Task DataVersionMovesOnWithEveryBump()
    {
        var start = await DataVersion.GetAsync();

        var first = await DataVersion.BumpAsync();
        var second = await DataVersion.BumpAsync();

        Assert.Equal(start + 1, first);
        Assert.Equal(start + 2, second);
        Assert.Equal(second, await DataVersion.GetAsync());
    }

    [Fact]
    public async Task LeaseHasOneHolderUntilItExpiresOrIsReleased()
    {
        var minute = TimeSpan.FromMinutes(1);
        Assert.True(await Leases.TryAcquireAsync("seat-sampler", "worker-a", minute));
        Assert.False(await Leases.TryAcquireAsync("seat-sampler", "worker-b", minute));
        Assert.True(await Leases.TryAcquireAsync("other-job", "worker-b", minute));

        Clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(await Leases.TryAcquireAsync("seat-sampler", "worker-a", minute));
        Clock.Advance(TimeSpan.FromSeconds(40));
        Assert.False(await Leases.TryAcquireAsync("seat-sampler", "worker-b", minute));

        Clock.Advance(TimeSpan.FromSeconds(21));
        Assert.True(await Leases.TryAcquireAsync("seat-sampler", "worker-b", minute));
        Assert.False(await Leases.TryAcquireAsync("seat-sampler", "worker-a", minute));

        await Leases.ReleaseAsync("seat-sampler", "worker-a");
        Assert.False(await Leases.TryAcquireAsync("seat-sampler", "worker-a", minute));
        await Leases.ReleaseAsync("seat-sampler", "worker-b");
        Assert.True(await Leases.TryAcquireAsync("seat-sampler", "worker-a", minute));
    }
}
