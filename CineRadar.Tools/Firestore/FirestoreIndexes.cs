using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CineRadar.Data.Firestore;

namespace CineRadar.Tools.Firestore;

/// <summary>
/// The indexes a database has, read from a <c>firestore.indexes.json</c> (the Firebase CLI's format), and Firestore's
/// rule for which queries they serve. Every field has automatic single-field indexes unless a field override exempts it
/// (<c>"indexes": []</c>); they serve a query on one field, and equalities alone (merged). Any other query (an equality
/// or an inequality with an order on another field) needs a composite index: its equality fields first, in any order,
/// then the ordered fields with their directions. Without one Firestore answers 400 <c>FAILED_PRECONDITION</c> with a
/// link that creates the index.
/// </summary>
internal sealed class FirestoreIndexes
{
    private readonly List<(string Group, List<(string Field, bool Descending)> Fields)> composites;
    private readonly HashSet<(string Group, string Field)> exempted;

    private FirestoreIndexes(List<(string, List<(string, bool)>)> composites, HashSet<(string, string)> exempted)
    {
        this.composites = composites;
        this.exempted = exempted;
    }

    /// <summary>Only the automatic single-field indexes.</summary>
    public static FirestoreIndexes None { get; } = new([], []);

    /// <summary>The indexes of a <c>firestore.indexes.json</c>, read as <c>cineradar store indexes</c> deploys them.</summary>
    public static FirestoreIndexes Load(string path)
    {
        var file = FirestoreIndexFile.Parse(File.ReadAllText(path));
        var composites = file.Indexes
            .Where(index => index.QueryScope == FirestoreIndexFile.CollectionScope)
            .Select(index => (index.CollectionGroup, index.Fields.Select(f => (f.FieldPath, f.Descending)).ToList()))
            .ToList();
        return new FirestoreIndexes(composites, file.Exemptions.Select(e => (e.CollectionGroup, e.FieldPath)).ToHashSet());
    }

    /// <param name="orders">The query's orders, with the inequality fields it does not order by put first (as Firestore does).</param>
    public void Check(
        string parent,
        string collectionId,
        IEnumerable<(IReadOnlyList<string> Path, string Op, JsonObject Value)> filters,
        IEnumerable<(IReadOnlyList<string> Path, bool Descending)> orders)
    {
        var ordered = orders.Where(o => o.Path is not ["__name__"]).Select(o => (Field: string.Join('.', o.Path), o.Descending)).ToList();
        var equalities = filters.Where(f => f.Op is "EQUAL" or "IN").Select(f => string.Join('.', f.Path))
            .Except(ordered.Select(o => o.Field))
            .ToHashSet(StringComparer.Ordinal);
        var fields = equalities.Concat(ordered.Select(o => o.Field)).Distinct(StringComparer.Ordinal).ToList();
        var served = fields.Count <= 1 || ordered.Count == 0
            ? fields.All(field => !exempted.Contains((collectionId, field)))
            : composites.Any(index => index.Group == collectionId && Serves(index.Fields, equalities, ordered));
        if (!served)
        {
            var project = parent.Split('/')[1];
            var wanted = string.Join(",", equalities.Order(StringComparer.Ordinal).Select(f => $"{f}:ASCENDING")
                .Concat(ordered.Select(o => $"{o.Field}:{(o.Descending ? "DESCENDING" : "ASCENDING")}")));
            var create = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{collectionId}|{wanted}"));
            throw new LocalFirestoreError(HttpStatusCode.BadRequest, "FAILED_PRECONDITION",
                $"The query requires an index. You can create it here: https://console.firebase.google.com/v1/r/project/{project}/firestore/indexes?create_composite={create}");
        }
    }

    private static bool Serves(List<(string Field, bool Descending)> index, HashSet<string> equalities, List<(string Field, bool Descending)> ordered) =>
        index.Count == equalities.Count + ordered.Count
        && index.Take(equalities.Count).All(f => equalities.Contains(f.Field))
        && index.Skip(equalities.Count).SequenceEqual(ordered);
}
