using CineRadar.Core.Operations;
using CineRadar.Scraper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Scraper.Tests;

/// <summary><c>cineradar keys</c> as a person runs it, against a store file of its own.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-keys-").FullName;

    private Dictionary<string, string> Environment => new() { ["Store__Sqlite__Path"] = Path.Combine(_directory, "cineradar.db") };

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task KeyIsCreatedShownOnceListedWithoutItsSecretAndRevoked()
    {
        var created = await CliProcess.RunAsync(Environment, "keys", "create", "--name", "Studio Satu", "--rpm", "120");
        Assert.Equal(0, created.ExitCode);
        var match = System.Text.RegularExpressions.Regex.Match(created.Output, @"^(key_\w+) Studio Satu: (crk_[0-9A-Za-z]{32})");
        Assert.True(match.Success, created.Output);
        var (id, secret) = (match.Groups[1].Value, match.Groups[2].Value);

        var listed = await CliProcess.RunAsync(Environment, "keys", "list");
        Assert.Contains($"{id} {ApiKeySecrets.PrefixOf(secret)}… Studio Satu (b2b, 120/min)", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await CliProcess.RunAsync(Environment, "keys", "revoke", id)).ExitCode);
        var again = await CliProcess.RunAsync(Environment, "keys", "revoke", id);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal($"cineradar: there is no active key {id}.", again.Error.Trim());
        Assert.Contains("revoked", (await CliProcess.RunAsync(Environment, "keys", "list")).Output, StringComparison.Ordinal);
        await using var store = TestStore.Open(Environment["Store__Sqlite__Path"]);
        var audit = await store.GetRequiredService<Core.Stores.IAuditStore>().ListAsync(10);
        Assert.Equal(
            [(AuditActions.KeyRevoke, id, "cli"), (AuditActions.KeyCreate, id, "cli")],
            audit.Select(e => (e.Action, e.Target, e.Role)));
        Assert.All(audit, e => Assert.Equal($"cli:{System.Environment.UserName}", e.User));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void SecretsAreLongRandomAndStoredOnlyAsTheirHash()
    {
        var (key, secret) = ApiKeySecrets.Create("x", "b2b", 60, "test", DateTimeOffset.UnixEpoch);

        Assert.Matches("^crk_[0-9A-Za-z]{32}$", secret);
        Assert.Equal(ApiKeySecrets.Hash(secret), key.SecretHash);
        Assert.Equal(64, key.SecretHash.Length);
        Assert.DoesNotContain(secret, key.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(secret, ApiKeySecrets.Create("x", "b2b", 60, "test", DateTimeOffset.UnixEpoch).Secret);
    }
}
