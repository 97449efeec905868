using CineRadar.Data.Tests.Contract;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>
/// The contract suite on the Firestore adapter: against the in-test server, or against a real emulator with
/// <c>FIRESTORE_EMULATOR_HOST=localhost:8080 dotnet test tests/CineRadar.Data.Tests --filter Firestore</c>.
/// </summary>
public sealed class FirestoreStoreContractTests(FirestoreTestHost host) : StoreContractTests, IClassFixture<FirestoreTestHost>
{
    protected override Task<ServiceProvider> CreateStoreAsync(FakeTimeProvider clock) => Task.FromResult(host.CreateStore(clock));
}
