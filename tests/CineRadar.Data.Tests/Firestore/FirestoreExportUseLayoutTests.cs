using System.Text.Json.Nodes;
using CineRadar.Core.Stores;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>The export counts' document: one per WIB day, each key's counts in a map under its id.</summary>
public sealed class FirestoreExportUseLayoutTests(FirestoreTestHost host) : LocalFirestoreTests(host)
{
    [Fact]
    public async Task ADaysExportsAreOneDocumentWithAMapPerKey()
    {
        await using var store = NewStore();
        var uses = store.Get<IExportUseStore>();
        var day = new DateOnly(2026, 1, 11);
        await uses.TryCountExportAsync("k_partner", day, 5);
        await uses.TryCountExportAsync("k_partner", day, 5);
        await uses.AddRowsAsync("k_partner", day, 1234);

        var fields = store.Fields("export_use/2026-01-11")!;
        Assert.Equal("2026-01-11", fields["date"]!["stringValue"]!.GetValue<string>());
        var partner = Map(Map(fields["keys"])["k_partner"]);
        Assert.Equal("2", partner["exports"]!["integerValue"]!.GetValue<string>());
        Assert.Equal("1234", partner["rows"]!["integerValue"]!.GetValue<string>());
    }

    private static JsonObject Map(JsonNode? value) => value!["mapValue"]!["fields"]!.AsObject();
}
