using CineRadar.Core.Stores;

namespace CineRadar.Data.Tests.Contract;

/// <summary>What the Admin site keeps in the store so that its replicas agree: its Data Protection keys and its sign-in failures.</summary>
public abstract partial class StoreContractTests
{
    private static readonly TimeSpan LockoutWindow = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task DataProtectionKeysAreKeptWholeAndReplacedByFriendlyName()
    {
        Assert.Empty(await DataProtectionKeys.ListAsync());
        var second = new DataProtectionKeyRecord("key-b2", """<key id="b2" version="1"><creationDate>2026-01-11T01:00:00Z</creationDate></key>""");
        var first = new DataProtectionKeyRecord("key-a1", """<key id="a1" version="1"><descriptor>&lt;secret&gt; "quoted" é</descriptor></key>""");

        await DataProtectionKeys.AddAsync(second);
        await DataProtectionKeys.AddAsync(first);
        await DataProtectionKeys.AddAsync(second);

        Assert.Equal([first, second], await DataProtectionKeys.ListAsync());
        var replaced = first with { Xml = """<key id="a1" version="2" />""" };
        await DataProtectionKeys.AddAsync(replaced);
        Assert.Equal([replaced, second], await DataProtectionKeys.ListAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => DataProtectionKeys.AddAsync(new DataProtectionKeyRecord("", "<key />")));
    }

    [Fact]
    public async Task SignInFailuresAreCountedPerNameInTheWindowAndClearedOnSuccess()
    {
        Assert.Equal(0, await SignInFailures.CountAsync("dewi", Clock.GetUtcNow() - LockoutWindow));

        Assert.Equal(1, await RecordFailureAsync("dewi"));
        Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(2, await RecordFailureAsync("dewi"));
        Assert.Equal(1, await RecordFailureAsync("rudi"));
        Assert.Equal(2, await SignInFailures.CountAsync("dewi", Clock.GetUtcNow() - LockoutWindow));

        Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await SignInFailures.CountAsync("dewi", Clock.GetUtcNow() - LockoutWindow));
        Assert.Equal(2, await RecordFailureAsync("dewi"));

        await SignInFailures.ClearAsync("dewi");
        await SignInFailures.ClearAsync("nobody");
        Assert.Equal(0, await SignInFailures.CountAsync("dewi", Clock.GetUtcNow() - LockoutWindow));
        Assert.Equal(1, await SignInFailures.CountAsync("rudi", Clock.GetUtcNow() - LockoutWindow));
        Assert.Equal(1, await RecordFailureAsync("dewi"));
    }

    [Fact]
    public async Task SignInFailuresRecordedAtOnceAreAllCounted()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RecordFailureAsync("dewi")));

        Assert.Equal([1, 2, 3, 4, 5, 6], counts.Order());
        Assert.Equal(6, await SignInFailures.CountAsync("dewi", Clock.GetUtcNow() - LockoutWindow));
    }

    private Task<int> RecordFailureAsync(string name) =>
        SignInFailures.RecordAsync(name, Clock.GetUtcNow(), Clock.GetUtcNow() - LockoutWindow);
}
