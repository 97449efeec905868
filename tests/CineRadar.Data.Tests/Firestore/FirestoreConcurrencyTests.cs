using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Tests.Contract;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>Commit preconditions: what keeps two workers (or two processes) from holding the same work item.</summary>
public sealed class FirestoreConcurrencyTests(FirestoreTestHost host) : LocalFirestoreTests(host)
{
    [Fact]
    public async Task AWriterWhoReadAnOlderVersionLosesAndWritesNothing()
    {
        await using var store = NewStore();
        var client = store.Get<FirestoreClient>();
        await client.CommitAsync([DocumentWrite.Set("locks/item", Owner("nobody")).IfMissing()], CancellationToken.None);
        var read = await client.GetAsync("locks/item", CancellationToken.None);

        await client.CommitAsync([DocumentWrite.Set("locks/item", Owner("worker-a")).IfUnchanged(read)], CancellationToken.None);
        var stale = await Assert.ThrowsAsync<FirestoreConflictException>(() =>
            client.CommitAsync([DocumentWrite.Set("other/doc", Owner("worker-b")), DocumentWrite.Set("locks/item", Owner("worker-b")).IfUnchanged(read)], CancellationToken.None));
        var created = await Assert.ThrowsAsync<FirestoreConflictException>(() =>
            client.CommitAsync([DocumentWrite.Set("locks/item", Owner("worker-c")).IfMissing()], CancellationToken.None));
        var missing = await Assert.ThrowsAsync<FirestoreConflictException>(() =>
            client.CommitAsync([DocumentWrite.Delete("locks/gone").IfExists()], CancellationToken.None));

        Assert.Equal(("FAILED_PRECONDITION", "ALREADY_EXISTS", "NOT_FOUND"), (stale.Status, created.Status, missing.Status));
        Assert.Equal("worker-a", (await client.GetAsync("locks/item", CancellationToken.None))!.Fields.String("owner"));
        Assert.Null(await client.GetAsync("other/doc", CancellationToken.None));
    }

    [Fact]
    public async Task TwoProcessesRacingForOneItemNeverBothHoldIt()
    {
        await using var first = NewStore();
        await using var second = NewStore(first.ProjectId);
        for (var round = 0; round < 8; round++)
        {
            await first.Get<IRunStore>().QueueAsync(
                new RunRequest(RunKind.Seats, TestData.Date, [], "admin", "test"), [new RunItemSpec($"city-{round}", $"CITY {round}")]);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).Get<IRunStore>().ClaimAsync($"worker-{i}", TimeSpan.FromMinutes(5)))));

        var held = claims.OfType<WorkItemLease>().ToList();
        Assert.Equal(8, held.Count);
        Assert.Equal(8, held.Select(l => (l.RunId, l.Key)).Distinct().Count());
        Assert.All(held, lease => Assert.Equal(1, lease.Attempt));
    }

    private static Dictionary<string, object?> Owner(string owner) => new() { ["owner"] = owner };
}
