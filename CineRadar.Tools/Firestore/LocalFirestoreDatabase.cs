using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Tools.Firestore;

/// <summary>
/// The local server's documents, kept by full resource name, with Firestore's write semantics: a commit is all or nothing,
/// holds at most 500 writes, checks <c>currentDocument</c> preconditions (409 <c>ALREADY_EXISTS</c>, 404
/// <c>NOT_FOUND</c>, 400 <c>FAILED_PRECONDITION</c>), merges by <c>updateMask</c> (absent masked fields are deleted;
/// fields outside the mask are refused), applies <c>increment</c> transforms and refuses documents over 1 MiB.
/// </summary>
internal sealed class LocalFirestoreDatabase
{
    private const int MaxWrites = 500;
    private static readonly HashSet<string> WriteNames = ["update", "delete", "updateMask", "updateTransforms", "currentDocument"];

    private readonly SortedDictionary<string, LocalDocument> documents = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private DateTime lastTime = DateTime.UnixEpoch;

    public sealed record LocalDocument(JsonObject Fields, string CreateTime, string UpdateTime);

    public LocalDocument? Get(string name)
    {
        lock (gate)
        {
            return documents.GetValueOrDefault(name);
        }
    }

    /// <summary>The direct children of a collection (<c>{parent}/{collectionId}</c>), ordered by name.</summary>
    public IReadOnlyList<(string Name, LocalDocument Document)> Children(string collection)
    {
        lock (gate)
        {
            return documents
                .Where(d => d.Key.StartsWith(collection + "/", StringComparison.Ordinal) && !d.Key[(collection.Length + 1)..].Contains('/'))
                .Select(d => (d.Key, d.Value))
                .ToList();
        }
    }

    /// <summary>Puts a document in place as another writer (an older CineRadar, a person in the console) would have.</summary>
    public void Seed(string name, JsonObject fields)
    {
        lock (gate)
        {
            var now = NextTime();
            documents[name] = new LocalDocument((JsonObject)fields.DeepClone(), now, now);
        }
    }

    public JsonObject Commit(JsonObject request)
    {
        Expect(request, ["writes", "transaction"], "CommitRequest");
        var writes = request["writes"] as JsonArray ?? [];
        if (writes.Count > MaxWrites)
        {
            throw LocalFirestoreError.InvalidArgument($"A maximum of {MaxWrites} writes allowed per request; this one has {writes.Count}.");
        }

        lock (gate)
        {
            var changed = new Dictionary<string, JsonObject?>(StringComparer.Ordinal);
            var results = new JsonArray();
            var commitTime = NextTime();
            for (var i = 0; i < writes.Count; i++)
            {
                results.Add(Apply(writes[i] as JsonObject ?? throw LocalFirestoreError.InvalidArgument($"writes[{i}] is not an object."), $"writes[{i}]", changed, commitTime));
            }

            foreach (var (name, fields) in changed)
            {
                if (fields is null)
                {
                    documents.Remove(name);
                }
                else
                {
                    documents[name] = new LocalDocument(fields, documents.GetValueOrDefault(name)?.CreateTime ?? commitTime, commitTime);
                }
            }

            return new JsonObject { ["writeResults"] = results, ["commitTime"] = commitTime };
        }
    }

    private JsonObject Apply(JsonObject write, string at, Dictionary<string, JsonObject?> changed, string commitTime)
    {
        Expect(write, WriteNames, at);
        var update = write["update"] as JsonObject;
        var deleted = write["delete"]?.GetValue<string>();
        if ((update is null) == (deleted is null))
        {
            throw LocalFirestoreError.InvalidArgument($"{at} must have exactly one of update or delete.");
        }

        var name = deleted ?? update!["name"]?.GetValue<string>() ?? throw LocalFirestoreError.InvalidArgument($"{at}.update has no name.");
        var current = changed.TryGetValue(name, out var pending) ? pending : documents.GetValueOrDefault(name)?.Fields;
        CheckPrecondition(write["currentDocument"] as JsonObject, name, current, at);
        if (deleted is not null)
        {
            changed[name] = null;
            return [];
        }

        var document = update!;
        Expect(document, ["name", "fields", "createTime", "updateTime"], $"{at}.update");
        WireValues.ValidateFields(document["fields"], $"{at}.update.fields");
        var incoming = document["fields"] as JsonObject ?? [];
        var result = Merge(current, incoming, write["updateMask"] as JsonObject, at);
        var transformResults = Transform(result, write["updateTransforms"] as JsonArray, at);
        var size = DocumentSize.Of(RelativePath(name), result);
        if (size > DocumentSize.MaxBytes)
        {
            throw LocalFirestoreError.InvalidArgument(
                $"Document '{name}' cannot be written because its size ({size:N0} bytes) exceeds the maximum allowed size of {DocumentSize.MaxBytes:N0} bytes.");
        }

        changed[name] = result;
        var writeResult = new JsonObject { ["updateTime"] = commitTime };
        if (transformResults.Count > 0)
        {
            writeResult["transformResults"] = transformResults;
        }

        return writeResult;
    }

    private void CheckPrecondition(JsonObject? precondition, string name, JsonObject? current, string at)
    {
        if (precondition is null)
        {
            return;
        }

        Expect(precondition, ["exists", "updateTime"], $"{at}.currentDocument");
        if (precondition["exists"] is { } exists)
        {
            if (exists.GetValue<bool>() && current is null)
            {
                throw new LocalFirestoreError(HttpStatusCode.NotFound, "NOT_FOUND", $"No document to update: {name}");
            }

            if (!exists.GetValue<bool>() && current is not null)
            {
                throw new LocalFirestoreError(HttpStatusCode.Conflict, "ALREADY_EXISTS", $"Document already exists: {name}");
            }
        }

        if (precondition["updateTime"]?.GetValue<string>() is { } required)
        {
            var stored = documents.GetValueOrDefault(name)?.UpdateTime;
            if (current is null || stored != required)
            {
                throw new LocalFirestoreError(HttpStatusCode.BadRequest, "FAILED_PRECONDITION",
                    $"the stored version ({stored ?? "none"}) does not match the required base version ({required})");
            }
        }
    }

    private static JsonObject Merge(JsonObject? current, JsonObject incoming, JsonObject? mask, string at)
    {
        if (mask is null)
        {
            return (JsonObject)incoming.DeepClone();
        }

        var paths = (mask["fieldPaths"] as JsonArray ?? []).Select(p => WireValues.ParsePath(p!.GetValue<string>())).ToList();
        var unmasked = Leaves(incoming, []).FirstOrDefault(leaf => !paths.Any(p => p.Count <= leaf.Count && p.SequenceEqual(leaf.Take(p.Count))));
        if (unmasked is not null)
        {
            throw LocalFirestoreError.InvalidArgument($"{at}: field '{string.Join('.', unmasked)}' is not in the update mask.");
        }

        var result = (JsonObject?)current?.DeepClone() ?? [];
        foreach (var path in paths)
        {
            WireValues.Set(result, path, WireValues.Get(incoming, path));
        }

        return result;
    }

    // Each field's path, down to the values that are not maps (an empty map is a leaf too).
    private static IEnumerable<IReadOnlyList<string>> Leaves(JsonObject fields, IReadOnlyList<string> prefix) =>
        fields.SelectMany(field =>
        {
            IReadOnlyList<string> path = [.. prefix, field.Key];
            return field.Value?["mapValue"]?["fields"] is JsonObject { Count: > 0 } inner ? Leaves(inner, path) : [path];
        });

    private static JsonArray Transform(JsonObject fields, JsonArray? transforms, string at)
    {
        var results = new JsonArray();
        foreach (var transform in (transforms ?? []).OfType<JsonObject>())
        {
            Expect(transform, ["fieldPath", "increment"], $"{at}.updateTransforms");
            var by = transform["increment"] as JsonObject ?? throw LocalFirestoreError.InvalidArgument($"{at}: this server implements only increment transforms.");
            WireValues.Validate(by, $"{at}.updateTransforms.increment");
            var path = WireValues.ParsePath(transform["fieldPath"]!.GetValue<string>());
            var current = WireValues.Get(fields, path)?["integerValue"]?.GetValue<string>();
            var sum = (current is null ? 0 : long.Parse(current, CultureInfo.InvariantCulture))
                + long.Parse(by["integerValue"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var value = new JsonObject { ["integerValue"] = sum.ToString(CultureInfo.InvariantCulture) };
            WireValues.Set(fields, path, value);
            results.Add(value.DeepClone());
        }

        return results;
    }

    public static void Expect(JsonObject json, IEnumerable<string> known, string at)
    {
        var unknown = json.Select(p => p.Key).Except(known).FirstOrDefault();
        if (unknown is not null)
        {
            throw LocalFirestoreError.InvalidArgument($"Invalid JSON payload received. Unknown name \"{unknown}\" at '{at}': Cannot find field.");
        }
    }

    public static string RelativePath(string name)
    {
        const string Marker = "/documents/";
        return name[(name.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..];
    }

    /// <summary>Strictly increasing commit times, to the microsecond, as Firestore gives them.</summary>
    private string NextTime()
    {
        var now = DateTime.UtcNow;
        now = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
        lastTime = now > lastTime ? now : lastTime.AddTicks(10);
        return lastTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }
}
