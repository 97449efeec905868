using CineRadar.Api.Caching;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Api.Tests;

/// <summary>The views answers are built from: one build per key and data version, shared, never serialized, not kept when it fails.</summary>
public sealed class ViewCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RequestsOfOneVersionShareOneBuildAndANewerVersionBuildsAgain()
    {
        var cache = new ViewCache(_clock);
        var builds = 0;
        var release = new TaskCompletionSource();
        async ValueTask<Heavy> Build(CancellationToken ct)
        {
            Interlocked.Increment(ref builds);
            await release.Task;
            return new Heavy(builds);
        }

        var waiting = Enumerable.Range(0, 8).Select(_ => cache.GetAsync("day", 1, Build, CancellationToken.None).AsTask()).ToList();
        release.SetResult();
        var views = await Task.WhenAll(waiting);

        Assert.Equal(1, builds);
        Assert.All(views, v => Assert.Same(views[0], v));
        var newer = await cache.GetAsync("day", 2, Build, CancellationToken.None);
        Assert.Equal(2, builds);
        Assert.NotSame(views[0], newer);
        // A request still on the older version is given the newer view rather than bringing the old one back.
        Assert.Same(newer, await cache.GetAsync("day", 1, Build, CancellationToken.None));
        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task AFailedBuildIsNotKeptAndTheNextRequestTriesAgain()
    {
        var cache = new ViewCache(_clock);
        var attempts = 0;
        ValueTask<Heavy> Build(CancellationToken ct) => ++attempts == 1
            ? ValueTask.FromException<Heavy>(new InvalidOperationException("store away"))
            : ValueTask.FromResult(new Heavy(attempts));

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("day", 1, Build, CancellationToken.None).AsTask());
        var view = await cache.GetAsync("day", 1, Build, CancellationToken.None);

        Assert.Equal(2, view.Id);
    }

    [Fact]
    public async Task ACallerThatGivesUpDoesNotFailTheOthersWaitingForTheBuild()
    {
        var cache = new ViewCache(_clock);
        var release = new TaskCompletionSource();
        async ValueTask<Heavy> Build(CancellationToken ct)
        {
            await release.Task;
            return new Heavy(1);
        }

        using var giveUp = new CancellationTokenSource();
        var impatient = cache.GetAsync("day", 1, Build, giveUp.Token).AsTask();
        var patient = cache.GetAsync("day", 1, Build, CancellationToken.None).AsTask();
        await giveUp.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.Equal(1, (await patient).Id);
        Assert.Same(await patient, await cache.GetAsync("day", 1, Build, CancellationToken.None));
    }

    [Fact]
    public async Task AViewNobodyAskedForInTenMinutesIsDropped()
    {
        var cache = new ViewCache(_clock);
        var builds = 0;
        ValueTask<Heavy> Build(CancellationToken ct) => ValueTask.FromResult(new Heavy(Interlocked.Increment(ref builds)));

        await cache.GetAsync("day", 1, Build, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(9));
        await cache.GetAsync("day", 1, Build, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(9));
        await cache.GetAsync("other", 1, Build, CancellationToken.None);
        Assert.Equal(2, builds);
        _clock.Advance(ViewCache.Idle + TimeSpan.FromSeconds(1));
        await cache.GetAsync("day", 1, Build, CancellationToken.None);

        Assert.Equal(3, builds);
    }

    private sealed record Heavy(int Id, byte[]? Payload = null);
}
