using CineRadar.Data.Firestore.Rest;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Client;

/// <summary>
/// A structured query over one collection: equality and range filters (all must hold), orders, a limit and a field
/// projection. Filters on one field with orders on another need a composite index in a real project (see the README).
/// </summary>
internal sealed class FirestoreQuery
{
    private readonly List<Filter> filters = [];
    private readonly List<Order> orders = [];
    private List<FieldReference>? projection;
    private int? limit;

    /// <param name="collectionPath">The collection below <c>documents/</c>: <c>theatres</c>, <c>scraper_runs/{id}/items</c>.</param>
    public FirestoreQuery(string collectionPath)
    {
        var at = collectionPath.LastIndexOf('/');
        Parent = at < 0 ? "" : collectionPath[..at];
        CollectionId = collectionPath[(at + 1)..];
    }

    /// <summary>The document the collection belongs to, below <c>documents/</c>; empty for a root collection.</summary>
    public string Parent { get; }

    public string CollectionId { get; }

    public FirestoreQuery WhereEqual(string field, object? value) => Where(field, "EQUAL", value);

    public FirestoreQuery WhereIn(string field, IEnumerable<object?> values) => Where(field, "IN", values.ToList());

    public FirestoreQuery WhereAtLeast(string field, object? value) => Where(field, "GREATER_THAN_OR_EQUAL", value);

    public FirestoreQuery WhereAtMost(string field, object? value) => Where(field, "LESS_THAN_OR_EQUAL", value);

    public FirestoreQuery OrderBy(string field, bool descending = false)
    {
        orders.Add(new Order(new FieldReference(FieldPath.Of(field)), descending ? "DESCENDING" : "ASCENDING"));
        return this;
    }

    public FirestoreQuery Take(int count)
    {
        limit = count;
        return this;
    }

    /// <summary>Returns only these fields of each document (none: only the document names).</summary>
    public FirestoreQuery Select(params string[] fields)
    {
        projection = fields.Length == 0
            ? [new FieldReference("__name__")]
            : fields.Select(f => new FieldReference(FieldPath.Of(f))).ToList();
        return this;
    }

    /// <summary>
    /// The index that serves this query, as Firestore wants it: the equality fields, then the ordered ones (an
    /// inequality's field when nothing orders it) with their directions; <c>alerts (active ASCENDING, last_raised_at DESCENDING)</c>.
    /// </summary>
    public string Index()
    {
        var ordered = orders.Select(o => (Field: o.Field.FieldPath, o.Direction)).ToList();
        var unordered = filters.Select(f => f.FieldFilter!)
            .OrderBy(f => f.Op is "EQUAL" or "IN" ? 0 : 1)
            .Select(f => f.Field.FieldPath)
            .Where(field => ordered.All(o => o.Field != field))
            .Distinct()
            .Select(field => (Field: field, Direction: "ASCENDING"));
        return $"{CollectionId} ({string.Join(", ", unordered.Concat(ordered).Select(f => $"{f.Field} {f.Direction}"))})";
    }

    public StructuredQuery ToWire() => new(
        [new CollectionSelector(CollectionId)],
        projection is null ? null : new Projection(projection),
        filters.Count switch
        {
            0 => null,
            1 => filters[0],
            _ => new Filter(CompositeFilter: new CompositeFilter("AND", filters)),
        },
        orders.Count == 0 ? null : orders,
        limit);

    private FirestoreQuery Where(string field, string op, object? value)
    {
        filters.Add(new Filter(new FieldFilter(new FieldReference(FieldPath.Of(field)), op, FirestoreValue.Encode(value, field))));
        return this;
    }
}
