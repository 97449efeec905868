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
        clock,
        NullLogger<AdminUserDirectory>.Instance);

    [Fact]
    public void UsersWithoutAPasswordOrAKnownRoleAreLeftOut() =>
        Assert.Equal(1, Directory(new FakeTimeProvider()).Count);

    [Fact]
    public void RepeatedFailuresLockTheAccountUntilTheWindowPasses()
    {
        var clock = new FakeTimeProvider();
        var users = Directory(clock);

        Assert.Equal(SignInResult.Failed, users.SignIn("dewi", "a").Result);
        Assert.Equal(SignInResult.Failed, users.SignIn("DEWI", "b").Result);
        Assert.Equal(SignInResult.LockedOut, users.SignIn("dewi", "c").Result);
        Assert.Equal(SignInResult.LockedOut, users.SignIn("dewi", "secret-1").Result);

        clock.Advance(TimeSpan.FromMinutes(16));
        var (result, user) = users.SignIn(" dewi ", "secret-1");
        Assert.Equal(SignInResult.Succeeded, result);
        Assert.Equal(("dewi", Roles.Operator), (user!.Name, user.Role));
    }

    [Fact]
    public void SuccessClearsEarlierFailures()
    {
        var users = Directory(new FakeTimeProvider());
        users.SignIn("dewi", "a");
        users.SignIn("dewi", "b");

        Assert.Equal(SignInResult.Succeeded, users.SignIn("dewi", "secret-1").Result);
        Assert.Equal(SignInResult.Failed, users.SignIn("dewi", "c").Result);
    }

    [Fact]
    public void UnknownNamesAreLockedOutLikeRealOnes()
    {
        var users = Directory(new FakeTimeProvider());
        users.SignIn("ghost", "1");
        users.SignIn("ghost", "2");

        Assert.Equal(SignInResult.LockedOut, users.SignIn("ghost", "3").Result);
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
