using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Client;

/// <summary>
/// One write of a commit, by document path below <c>documents/</c> and with CLR field values; the client encodes it
/// (and checks it) before anything is sent.
/// </summary>
internal sealed record DocumentWrite
{
    private static readonly object Absent = new();

    private DocumentWrite(string path) => Path = path;

    public string Path { get; }

    /// <summary>The fields to write; null for a delete.</summary>
    public IReadOnlyDictionary<string, object?>? Fields { get; private init; }

    /// <summary>The field paths this write replaces (absent ones are deleted); null replaces the whole document.</summary>
    public IReadOnlyList<string>? Mask { get; private init; }

    /// <summary>Field paths to increment after the write, and by how much.</summary>
    public IReadOnlyList<(string FieldPath, long By)> Increments { get; private init; } = [];

    public bool? MustExist { get; private init; }

    /// <summary>The <c>updateTime</c> the stored document must still have (what was read).</summary>
    public string? MustHaveUpdateTime { get; private init; }

    public bool IsDelete => Fields is null;

    /// <summary>Replaces the whole document (creating it when missing).</summary>
    public static DocumentWrite Set(string path, IReadOnlyDictionary<string, object?> fields) => new(path) { Fields = fields };

    /// <summary>
    /// Writes only the fields of <paramref name="mask"/> (each a path of field names): those present in
    /// <paramref name="fields"/> are set, the others deleted; nothing outside the mask is sent or touched.
    /// </summary>
    public static DocumentWrite Merge(string path, IReadOnlyDictionary<string, object?> fields, IEnumerable<string[]> mask)
    {
        var paths = mask.ToList();
        return new(path) { Fields = Pick(fields, paths), Mask = paths.Select(FieldPath.Of).ToList() };
    }

    /// <summary>Writes only the named top-level fields.</summary>
    public static DocumentWrite Merge(string path, IReadOnlyDictionary<string, object?> fields, IEnumerable<string> topLevelFields) =>
        Merge(path, fields, topLevelFields.Select(name => new[] { name }));

    public static DocumentWrite Delete(string path) => new(path);

    /// <summary>Adds <paramref name="by"/> to an integer field on the server (a missing field counts as 0).</summary>
    public static DocumentWrite Increment(string path, string fieldPath, long by) =>
        new(path) { Fields = new Dictionary<string, object?>(), Mask = [], Increments = [(fieldPath, by)] };

    // The values at the mask's paths, nested as in the fields; a path with no value is left out (so it is deleted).
    private static Dictionary<string, object?> Pick(IReadOnlyDictionary<string, object?> fields, IReadOnlyList<string[]> paths)
    {
        var picked = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            object? value = fields;
            foreach (var segment in path)
            {
                value = value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(segment, out var inner) ? inner : Absent;
            }

            if (value == Absent)
            {
                continue;
            }

            var target = picked;
            foreach (var segment in path[..^1])
            {
                if (!target.TryGetValue(segment, out var next))
                {
                    target[segment] = next = new Dictionary<string, object?>(StringComparer.Ordinal);
                }

                target = (Dictionary<string, object?>)next!;
            }

            target[path[^1]] = value;
        }

        return picked;
    }

    public DocumentWrite IfMissing() => this with { MustExist = false };

    public DocumentWrite IfExists() => this with { MustExist = true };

    /// <summary>Only when the document is unchanged since it was read; a missing read means it must still be missing.</summary>
    public DocumentWrite IfUnchanged(StoredDocument? read) =>
        read is null ? IfMissing() : this with { MustHaveUpdateTime = read.UpdateTime };
}
