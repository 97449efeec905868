using CineRadar.Core.Operations;
using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Tests.Contract;
using CineRadar.Tools.Firestore;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>
/// The composite indexes a real project needs: the repository's <c>firestore.indexes.json</c> serves every query (the
/// contract suite runs on a server that has only those indexes), and a query refused for want of one is reported at once.
/// </summary>
public sealed class FirestoreIndexTests(FirestoreTestHost host) : LocalFirestoreTests(host)
{
    [Fact]
    public async Task QueriesOnOneFieldAndTheirOrderNeedTheDeployedCompositeIndexes()
    {
        await using var bare = await LocalFirestoreServer.StartAsync(FirestoreIndexes.None);
        await using var without = FirestoreTestHost.StoreOn(bare, Clock);
        await using var with = NewStore();

        foreach (var store in new[] { without, with })
        {
            await store.Get<IAlertStore>().RaiseAsync("login-failed", "tix", AlertSeverity.Critical, "wrong password");
            await store.Get<IAdmissionsStore>().SaveAsync(TestData.Date, [], [TestData.Rollup(RollupDimension.Movie, "m1", 120)]);
            await store.Get<IRunStore>().QueueAsync(new RunRequest(RunKind.Schedules, TestData.Date, [], "admin", "test"), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        }

        await Assert.ThrowsAsync<FirestoreIndexMissingException>(() => without.Get<IAlertStore>().ListAsync(5));
        await Assert.ThrowsAsync<FirestoreIndexMissingException>(() => without.Get<IAdmissionsStore>().GetHistoryAsync(RollupDimension.Movie, "m1", TestData.Date, TestData.Date));
        await Assert.ThrowsAsync<FirestoreIndexMissingException>(() => without.Get<IRunStore>().ClaimAsync("worker-a", TimeSpan.FromMinutes(5)));
        Assert.Single(await with.Get<IAlertStore>().ListAsync(5));
        Assert.Single(await with.Get<IAdmissionsStore>().GetHistoryAsync(RollupDimension.Movie, "m1", TestData.Date, TestData.Date));
        Assert.NotNull(await with.Get<IRunStore>().ClaimAsync("worker-a", TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task QueryRefusedForAMissingIndexIsReportedAtOnceWithTheIndexToCreate()
    {
        await using var bare = await LocalFirestoreServer.StartAsync(FirestoreIndexes.None);
        await using var store = FirestoreTestHost.StoreOn(bare, Clock);
        await store.Get<IRunStore>().QueueAsync(new RunRequest(RunKind.Schedules, TestData.Date, [], "admin", "test"), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);

        var error = await Assert.ThrowsAsync<FirestoreIndexMissingException>(() => store.Get<IRunStore>().ClaimAsync("worker-a", TimeSpan.FromMinutes(5)));

        Assert.Equal("scraper_runs (status ASCENDING, created_at ASCENDING)", error.Index);
        Assert.StartsWith($"https://console.firebase.google.com/v1/r/project/{store.ProjectId}/firestore/indexes?create_composite=", error.CreateLink, StringComparison.Ordinal);
        Assert.Contains("firestore.indexes.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.CreateLink!, error.Message, StringComparison.Ordinal);
        Assert.Single(store.Exchanges, e => e.Path.EndsWith(":runQuery", StringComparison.Ordinal));
    }
}
