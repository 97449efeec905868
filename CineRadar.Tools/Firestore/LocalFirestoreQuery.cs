using System.Text.Json.Nodes;

namespace CineRadar.Tools.Firestore;

/// <summary>
/// Runs a <c>structuredQuery</c> the way Firestore does for the parts CineRadar uses: one collection under a parent,
/// field filters (<c>EQUAL</c>, <c>IN</c>, ranges; a document without the field, or with a value of another type,
/// never matches) joined by <c>AND</c>, orders (a document without an ordered field is left out; ties by name), a
/// limit and a projection. A query no index of <see cref="FirestoreIndexes"/> serves is refused, as Firestore refuses it.
/// </summary>
internal static class LocalFirestoreQuery
{
    private static readonly HashSet<string> Inequalities = ["LESS_THAN", "LESS_THAN_OR_EQUAL", "GREATER_THAN", "GREATER_THAN_OR_EQUAL", "NOT_EQUAL"];

    public static IReadOnlyList<(string Name, LocalFirestoreDatabase.LocalDocument Document)> Run(
        LocalFirestoreDatabase database,
        FirestoreIndexes indexes,
        string parent,
        JsonObject request)
    {
        LocalFirestoreDatabase.Expect(request, ["structuredQuery"], "RunQueryRequest");
        var query = request["structuredQuery"] as JsonObject ?? throw LocalFirestoreError.InvalidArgument("structuredQuery is required.");
        LocalFirestoreDatabase.Expect(query, ["select", "from", "where", "orderBy", "limit"], "structuredQuery");
        var from = query["from"] as JsonArray;
        if (from is not [JsonObject selector] || selector["allDescendants"]?.GetValue<bool>() == true)
        {
            throw LocalFirestoreError.InvalidArgument("This server queries exactly one collection, without descendants.");
        }

        var filters = Flatten(query["where"] as JsonObject).ToList();
        var orders = (query["orderBy"] as JsonArray ?? [])
            .Select(o => (Path: WireValues.ParsePath(o!["field"]!["fieldPath"]!.GetValue<string>()), Descending: o["direction"]?.GetValue<string>() == "DESCENDING"))
            .ToList();
        // Firestore orders by an inequality's field first when the query does not name it.
        foreach (var filter in filters.Where(f => Inequalities.Contains(f.Op) && !orders.Any(o => o.Path.SequenceEqual(f.Path))))
        {
            orders.Insert(0, (filter.Path, false));
        }

        var collectionId = selector["collectionId"]!.GetValue<string>();
        indexes.Check(parent, collectionId, filters, orders);
        var matches = database.Children($"{parent}/{collectionId}")
            .Where(d => filters.All(f => Matches(d.Document.Fields, f)))
            .Where(d => orders.All(o => o.Path is ["__name__"] || WireValues.Get(d.Document.Fields, o.Path) is not null))
            .ToList();
        matches.Sort((a, b) => CompareBy(orders, a, b));
        var limited = query["limit"] is { } limit ? matches.Take(limit.GetValue<int>()) : matches;
        var select = (query["select"]?["fields"] as JsonArray)?.Select(f => WireValues.ParsePath(f!["fieldPath"]!.GetValue<string>())).ToList();
        return limited.Select(d => (d.Name, select is null ? d.Document : Project(d.Document, select))).ToList();
    }

    private static IEnumerable<(IReadOnlyList<string> Path, string Op, JsonObject Value)> Flatten(JsonObject? filter)
    {
        if (filter is null)
        {
            yield break;
        }

        if (filter["compositeFilter"] is JsonObject composite)
        {
            if (composite["op"]?.GetValue<string>() != "AND")
            {
                throw LocalFirestoreError.InvalidArgument("This server joins filters with AND only.");
            }

            foreach (var inner in (composite["filters"] as JsonArray ?? []).SelectMany(f => Flatten(f as JsonObject)))
            {
                yield return inner;
            }

            yield break;
        }

        var field = filter["fieldFilter"] as JsonObject ?? throw LocalFirestoreError.InvalidArgument("This server understands fieldFilter and compositeFilter.");
        LocalFirestoreDatabase.Expect(field, ["field", "op", "value"], "fieldFilter");
        var value = (JsonObject)field["value"]!;
        WireValues.Validate(value, "fieldFilter.value");
        yield return (WireValues.ParsePath(field["field"]!["fieldPath"]!.GetValue<string>()), field["op"]!.GetValue<string>(), value);
    }

    private static bool Matches(JsonObject fields, (IReadOnlyList<string> Path, string Op, JsonObject Value) filter)
    {
        var actual = WireValues.Get(fields, filter.Path);
        if (actual is null)
        {
            return false;
        }

        if (filter.Op == "IN")
        {
            return (filter.Value["arrayValue"]?["values"] as JsonArray ?? [])
                .OfType<JsonObject>()
                .Any(candidate => WireValues.SameTypeClass(actual, candidate) && WireValues.Compare(actual, candidate) == 0);
        }

        if (!WireValues.SameTypeClass(actual, filter.Value))
        {
            return filter.Op == "NOT_EQUAL";
        }

        var order = WireValues.Compare(actual, filter.Value);
        return filter.Op switch
        {
            "EQUAL" => order == 0,
            "NOT_EQUAL" => order != 0,
            "LESS_THAN" => order < 0,
            "LESS_THAN_OR_EQUAL" => order <= 0,
            "GREATER_THAN" => order > 0,
            "GREATER_THAN_OR_EQUAL" => order >= 0,
            _ => throw LocalFirestoreError.InvalidArgument($"This server does not implement the {filter.Op} filter."),
        };
    }

    private static int CompareBy(
        List<(IReadOnlyList<string> Path, bool Descending)> orders,
        (string Name, LocalFirestoreDatabase.LocalDocument Document) left,
        (string Name, LocalFirestoreDatabase.LocalDocument Document) right)
    {
        foreach (var (path, descending) in orders.Where(o => o.Path is not ["__name__"]))
        {
            var order = WireValues.Compare(WireValues.Get(left.Document.Fields, path)!, WireValues.Get(right.Document.Fields, path)!);
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        var byName = string.CompareOrdinal(left.Name, right.Name);
        return orders.Count > 0 && orders[^1].Descending ? -byName : byName;
    }

    private static LocalFirestoreDatabase.LocalDocument Project(LocalFirestoreDatabase.LocalDocument document, List<IReadOnlyList<string>> fields)
    {
        var projected = new JsonObject();
        foreach (var path in fields.Where(p => p is not ["__name__"]))
        {
            if (WireValues.Get(document.Fields, path) is { } value)
            {
                WireValues.Set(projected, path, value);
            }
        }

        return document with { Fields = projected };
    }
}
