using CineRadar.Data.Tests.Contract;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>Tests that look behind the adapter: each store they make lives on the in-test server.</summary>
public abstract class LocalFirestoreTests(FirestoreTestHost host) : IClassFixture<FirestoreTestHost>
{
    protected FirestoreTestHost Host => host;

    protected FakeTimeProvider Clock { get; } = new(TestData.ScrapedAt);

    /// <param name="projectId">Another store's project, to have two processes share one database.</param>
    /// <param name="settings">More configuration, as the services would have it.</param>
    internal FakeStore NewStore(string? projectId = null, IDictionary<string, string?>? settings = null) => host.CreateFakeStore(Clock, projectId, settings);
}
