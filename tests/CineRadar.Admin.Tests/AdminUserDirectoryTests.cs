using CineRadar.Admin.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Admin.Tests;

public sealed class AdminUserDirectoryTests
{
    private static AdminUserDirectory Directory(FakeTimeProvider clock) => new(
        Options.Create(new AdminOptions
        {
            Users =
            [
                new AdminUserOptions { Name = "dewi", Role = Roles.Operator, Password = "secret-1" },
                new AdminUserOptions { Name = "nobody-role", Role = "boss", Password = "x" },
                new AdminUserOptions { Name = "no-password", Role = Roles.Analyst },
            ],
            MaxFailedSignIns = 3,
            LockoutWindow = TimeSpan.FromMinutes(15),
        }),
        new LocalSignInFailures(clock),
        NullLogger<AdminUserDirectory>.Instance);

    [Fact]
    public void UsersWithoutAPasswordOrAKnownRoleAreLeftOut() =>
        Assert.Equal(1, Directory(new FakeTimeProvider()).Count);

    [Fact]
    public async Task RepeatedFailuresLockTheAccountUntilTheWindowPasses()
    {
        var clock = new FakeTimeProvider();
        var users = Directory(clock);

        Assert.Equal(SignInResult.Failed, (await users.SignInAsync("dewi", "a")).Result);
        Assert.Equal(SignInResult.Failed, (await users.SignInAsync("DEWI", "b")).Result);
        Assert.Equal(SignInResult.LockedOut, (await users.SignInAsync("dewi", "c")).Result);
        Assert.Equal(SignInResult.LockedOut, (await users.SignInAsync("dewi", "secret-1")).Result);

        clock.Advance(TimeSpan.FromMinutes(16));
        var (result, user) = await users.SignInAsync(" dewi ", "secret-1");
        Assert.Equal(SignInResult.Succeeded, result);
        Assert.Equal(("dewi", Roles.Operator), (user!.Name, user.Role));
    }

    [Fact]
    public async Task SuccessClearsEarlierFailures()
    {
        var users = Directory(new FakeTimeProvider());
        await users.SignInAsync("dewi", "a");
        await users.SignInAsync("dewi", "b");

        Assert.Equal(SignInResult.Succeeded, (await users.SignInAsync("dewi", "secret-1")).Result);
        Assert.Equal(SignInResult.Failed, (await users.SignInAsync("dewi", "c")).Result);
    }

    [Fact]
    public async Task UnknownNamesAreLockedOutLikeRealOnes()
    {
        var users = Directory(new FakeTimeProvider());
        await users.SignInAsync("ghost", "1");
        await users.SignInAsync("ghost", "2");

        Assert.Equal(SignInResult.LockedOut, (await users.SignInAsync("ghost", "3")).Result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("md5$1$2$3")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    public void MalformedHashNeverMatches(string stored) => Assert.False(PasswordHashes.Verify("anything", stored));

    [Fact]
    public void HashIsSaltedAndVerifies()
    {
        var first = PasswordHashes.Hash("p@ss");
        var second = PasswordHashes.Hash("p@ss");

        Assert.NotEqual(first, second);
        Assert.True(PasswordHashes.Verify("p@ss", first));
        Assert.False(PasswordHashes.Verify("p@sS", first));
        Assert.StartsWith("pbkdf2-sha256$210000$", first, StringComparison.Ordinal);
    }
}
