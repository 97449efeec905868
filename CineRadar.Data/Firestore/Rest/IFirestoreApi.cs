using Refit;

namespace CineRadar.Data.Firestore.Rest;

/// <summary>
/// The Firestore v1 REST endpoints CineRadar uses. <c>name</c>s are full resource names
/// (<c>projects/{p}/databases/{d}/documents/…</c>); <c>database</c> is <c>projects/{p}/databases/{d}</c>.
/// Every call answers the raw response so that <see cref="Client.FirestoreClient"/> maps errors in one place. Bodies are
/// buffered, so they go with a <c>Content-Length</c>: some proxies refuse chunked request bodies.
/// </summary>
internal interface IFirestoreApi
{
    [Get("/v1/{**name}")]
    Task<IApiResponse<FirestoreDocument>> GetDocumentAsync(string name, CancellationToken cancellationToken);

    /// <summary>Lists a collection (<c>{parent}/{collectionId}</c>), ordered by document id, a page at a time.</summary>
    [Get("/v1/{**collection}")]
    Task<IApiResponse<ListDocumentsResponse>> ListDocumentsAsync(
        string collection,
        int pageSize,
        string? pageToken,
        CancellationToken cancellationToken);

    [Post("/v1/{**database}/documents:batchGet")]
    Task<IApiResponse<List<BatchGetDocumentsResponse>>> BatchGetAsync(
        string database,
        [Body(buffered: true)] BatchGetDocumentsRequest request,
        CancellationToken cancellationToken);

    [Post("/v1/{**database}/documents:commit")]
    Task<IApiResponse<CommitResponse>> CommitAsync(string database, [Body(buffered: true)] CommitRequest request, CancellationToken cancellationToken);

    /// <summary>Runs a query over a collection of <paramref name="parent"/> (the database's <c>documents</c> or a document).</summary>
    [Post("/v1/{**parent}:runQuery")]
    Task<IApiResponse<List<RunQueryResponse>>> RunQueryAsync(string parent, [Body(buffered: true)] RunQueryRequest request, CancellationToken cancellationToken);

    /// <summary>Creates a composite index on a collection group (<c>{database}/collectionGroups/{group}</c>).</summary>
    [Post("/v1/{**collectionGroup}/indexes")]
    Task<IApiResponse<LongRunningOperation>> CreateIndexAsync(
        string collectionGroup, [Body(buffered: true)] FirestoreIndex index, CancellationToken cancellationToken);

    /// <summary>Sets a field's single-field indexes (<c>{database}/collectionGroups/{group}/fields/{field}</c>).</summary>
    [Patch("/v1/{**field}")]
    Task<IApiResponse<LongRunningOperation>> UpdateFieldAsync(
        string field, [Query] string updateMask, [Body(buffered: true)] FirestoreField settings, CancellationToken cancellationToken);
}
