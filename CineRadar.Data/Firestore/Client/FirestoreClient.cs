using System.Net;
using System.Text.Json;
using CineRadar.Data.Firestore.Rest;
using CineRadar.Data.Firestore.Values;
using Refit;

namespace CineRadar.Data.Firestore.Client;

/// <summary>
/// The stores' only way to Firestore: reads by path, lists, queries and commits. Paths are below the database's
/// <c>documents/</c>. Every write is encoded and checked (value types, 1 MiB) before the first request, so bad data
/// fails with nothing sent; commits hold at most 500 writes.
/// </summary>
internal sealed class FirestoreClient(IFirestoreApi api, FirestoreConnection connection)
{
    public const int MaxWritesPerCommit = 500;
    private const int PageSize = 300;

    public async Task<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken)
    {
        var response = await api.GetDocumentAsync(Name(path), cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : Read(Ensure(response));
    }

    /// <summary>The documents that exist among <paramref name="paths"/>, by path.</summary>
    public async Task<IReadOnlyDictionary<string, StoredDocument>> GetManyAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var chunk in paths.Distinct(StringComparer.Ordinal).Chunk(PageSize))
        {
            var response = await api.BatchGetAsync(connection.Database, new BatchGetDocumentsRequest(chunk.Select(Name).ToList()), cancellationToken);
            foreach (var document in Ensure(response).Select(r => r.Found).OfType<FirestoreDocument>())
            {
                var stored = Read(document);
                found[stored.Path] = stored;
            }
        }

        return found;
    }

    /// <summary>Every document of a collection (small collections only: use a query where data grows by date).</summary>
    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string collectionPath, CancellationToken cancellationToken)
    {
        var documents = new List<StoredDocument>();
        string? pageToken = null;
        do
        {
            var page = Ensure(await api.ListDocumentsAsync(Name(collectionPath), PageSize, pageToken, cancellationToken));
            documents.AddRange((page.Documents ?? []).Select(Read));
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));

        return documents;
    }

    public async Task<IReadOnlyList<StoredDocument>> QueryAsync(FirestoreQuery query, CancellationToken cancellationToken)
    {
        var parent = query.Parent.Length == 0 ? connection.Documents : Name(query.Parent);
        var response = await api.RunQueryAsync(parent, new RunQueryRequest(query.ToWire()), cancellationToken);
        return Ensure(response, query: query).Select(r => r.Document).OfType<FirestoreDocument>().Select(Read).ToList();
    }

    /// <summary>Writes all or nothing.</summary>
    /// <exception cref="FirestoreConflictException">A precondition failed; nothing was written.</exception>
    public async Task<CommitResponse> CommitAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Count > MaxWritesPerCommit)
        {
            throw new ArgumentException($"A Firestore commit holds at most {MaxWritesPerCommit} writes, not {writes.Count}.", nameof(writes));
        }

        return await SendAsync(writes.Select(ToWire).ToList(), cancellationToken);
    }

    /// <summary>
    /// Writes groups in as few commits as the 500-write limit allows, never splitting a group (a group is written all
    /// or nothing); every write is checked before the first commit.
    /// </summary>
    public async Task CommitInBatchesAsync(IEnumerable<IReadOnlyList<DocumentWrite>> groups, CancellationToken cancellationToken)
    {
        var batches = new List<List<Write>> { new() };
        foreach (var group in groups.Where(g => g.Count > 0))
        {
            if (group.Count > MaxWritesPerCommit)
            {
                throw new ArgumentException($"A group of {group.Count} writes cannot be committed at once (at most {MaxWritesPerCommit}).", nameof(groups));
            }

            if (batches[^1].Count + group.Count > MaxWritesPerCommit)
            {
                batches.Add([]);
            }

            batches[^1].AddRange(group.Select(ToWire));
        }

        foreach (var batch in batches.Where(b => b.Count > 0))
        {
            await SendAsync(batch, cancellationToken);
        }
    }

    /// <summary>Asks for a composite index on a collection group; false when the database has it already.</summary>
    public async Task<bool> CreateIndexAsync(string collectionGroup, FirestoreIndex index, CancellationToken cancellationToken)
    {
        try
        {
            Ensure(await api.CreateIndexAsync($"{connection.Database}/collectionGroups/{collectionGroup}", index, cancellationToken));
            return true;
        }
        catch (FirestoreConflictException conflict) when (conflict.Status == "ALREADY_EXISTS")
        {
            return false;
        }
    }

    /// <summary>Exempts a field from Firestore's automatic single-field indexes (a large map or array nobody queries).</summary>
    public async Task ExemptFieldAsync(string collectionGroup, string fieldPath, CancellationToken cancellationToken) =>
        Ensure(await api.UpdateFieldAsync(
            $"{connection.Database}/collectionGroups/{collectionGroup}/fields/{fieldPath}",
            "indexConfig",
            new FirestoreField(new FirestoreIndexConfig([])),
            cancellationToken));

    private async Task<CommitResponse> SendAsync(List<Write> writes, CancellationToken cancellationToken) =>
        Ensure(await api.CommitAsync(connection.Database, new CommitRequest(writes), cancellationToken), isCommit: true);

    private Write ToWire(DocumentWrite write)
    {
        var precondition = write.MustExist is null && write.MustHaveUpdateTime is null
            ? null
            : new Precondition(write.MustHaveUpdateTime is null ? write.MustExist : null, write.MustHaveUpdateTime);
        if (write.IsDelete)
        {
            return new Write(Delete: Name(write.Path), CurrentDocument: precondition);
        }

        var fields = FirestoreValue.EncodeFields(write.Fields!);
        var size = DocumentSize.Of(write.Path, fields);
        if (size > DocumentSize.MaxBytes)
        {
            throw new FirestoreDocumentTooLargeException(write.Path, size);
        }

        return new Write(
            new FirestoreDocument(Name(write.Path), fields),
            UpdateMask: write.Mask is null ? null : new DocumentMask(write.Mask),
            UpdateTransforms: write.Increments.Count == 0
                ? null
                : write.Increments.Select(i => new FieldTransform(i.FieldPath, FirestoreValue.Encode(i.By, i.FieldPath))).ToList(),
            CurrentDocument: precondition);
    }

    private string Name(string path) => $"{connection.Documents}/{path}";

    private StoredDocument Read(FirestoreDocument document)
    {
        var name = document.Name ?? throw new FirestoreDataException("Firestore answered a document without a name.");
        var path = name.StartsWith(connection.Documents + "/", StringComparison.Ordinal) ? name[(connection.Documents.Length + 1)..] : name;
        return new StoredDocument(path, new FirestoreFields(FirestoreValue.DecodeFields(document.Fields)), document.UpdateTime ?? "");
    }

    /// <param name="isCommit">A commit's FAILED_PRECONDITION or NOT_FOUND is a write precondition that failed: a conflict.</param>
    /// <param name="query">A query's FAILED_PRECONDITION that names an index is a missing index, which no retry mends.</param>
    private static T Ensure<T>(IApiResponse<T> response, bool isCommit = false, FirestoreQuery? query = null)
    {
        if (response.IsSuccessStatusCode && response.Content is not null)
        {
            return response.Content;
        }

        if (response.HasRequestError(out var requestError))
        {
            throw requestError;
        }

        response.HasResponseError(out var responseError);
        var statusCode = response.StatusCode ?? default;
        var error = ReadError(responseError?.Content);
        var status = error?.Status ?? statusCode.ToString();
        var message = error?.Message ?? responseError?.Message ?? "no answer";
        if (query is not null && status == "FAILED_PRECONDITION" && message.Contains("index", StringComparison.OrdinalIgnoreCase))
        {
            throw new FirestoreIndexMissingException(statusCode, message, query.Index());
        }

        var preconditionFailed = status is "ALREADY_EXISTS" or "ABORTED" || (isCommit && status is "FAILED_PRECONDITION" or "NOT_FOUND");
        throw preconditionFailed
            ? new FirestoreConflictException(statusCode, status, message)
            : new FirestoreRequestException(statusCode, status, message);
    }

    private static GoogleError? ReadError(string? content)
    {
        try
        {
            return string.IsNullOrWhiteSpace(content) ? null : JsonSerializer.Deserialize(content, FirestoreJsonContext.Default.GoogleErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
