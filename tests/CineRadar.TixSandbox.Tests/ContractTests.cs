using System.Net;
using CineRadar.TixSandbox.Contracts;
using CineRadar.TixSandbox.Tests.Support;

namespace CineRadar.TixSandbox.Tests;

/// <summary><c>Sandbox:Contract:Seed</c>: the unrecorded details of the contract drift, deterministically from the seed.</summary>
public sealed class ContractTests
{
    [Fact]
    public void SeedZeroIsTodaysContractAndEveryOtherSeedChangesEveryDetail()
    {
        Assert.Same(SandboxContract.Default, SandboxContract.For(0));
        foreach (var seed in Enumerable.Range(1, 50))
        {
            var drifted = SandboxContract.For(seed);
            Assert.Equal(drifted, SandboxContract.For(seed));
            var before = SandboxContract.Default;
            Assert.NotEqual(before.CitiesPath, drifted.CitiesPath);
            Assert.NotEqual(before.CityIdKey, drifted.CityIdKey);
            Assert.NotEqual(before.CityNameKey, drifted.CityNameKey);
            Assert.NotEqual(before.MoviesRequestTemplate, drifted.MoviesRequestTemplate);
            Assert.StartsWith("/v1/movies/", drifted.MoviesPath, StringComparison.Ordinal);
            Assert.NotEqual(before.ExpiredError, drifted.ExpiredError);
        }

        Assert.Contains(Enumerable.Range(1, 50), s => SandboxContract.For(s).MoviesCityQuery is null);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public async Task DriftedApiAnswersAtItsOwnPathsAndKeysAndNotAtTodays(long seed)
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.Contract.Seed = seed);
        var contract = sandbox.Server.Contract;

        var cities = (await sandbox.Tix.CatalogJsonAsync(contract.CitiesPath.TrimStart('/'))).GetProperty("data");
        var movies = (await sandbox.Tix.CatalogJsonAsync(contract.MoviesRequestFor(TixClient.JakartaId).TrimStart('/'))).GetProperty("data");
        using var oldCities = await sandbox.Tix.CatalogAsync("v1/cities");
        using var oldMovies = await sandbox.Tix.CatalogAsync($"v1/movies?city_id={TixClient.JakartaId}");

        Assert.Equal(83, cities.GetArrayLength());
        Assert.Equal("JAKARTA", cities.EnumerateArray().Single(c => c.GetProperty(contract.CityIdKey).GetString() == TixClient.JakartaId)
            .GetProperty(contract.CityNameKey).GetString());
        Assert.NotEqual(0, movies.GetArrayLength());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (oldCities.StatusCode, oldMovies.StatusCode));
    }

    [Fact]
    public async Task DriftedLayoutSaysEventExpiredInTheMessageUnderAnotherCode()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.Contract.Seed = 4);
        var started = sandbox.Server.ShowtimesOn(TestSandbox.Today).First(s => s.ChainPath == "xxi" && s.StartsAt <= TestSandbox.Morning);
        var (access, _) = await sandbox.Tix.LoginAsync();

        using var response = await sandbox.Tix.LayoutAsync("xxi", started.ShowTimeId, access);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = (await TixClient.JsonAsync(response)).GetProperty("error");
        Assert.Equal((sandbox.Server.Contract.ExpiredCode, "EXPIRED_EVENT_DETAIL"), (error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!));
        Assert.NotEqual("EXPIRED_EVENT_DETAIL", sandbox.Server.Contract.ExpiredCode);
    }
}
