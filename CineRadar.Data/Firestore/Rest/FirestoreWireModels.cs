using System.Text.Json.Nodes;

namespace CineRadar.Data.Firestore.Rest;

// The Firestore v1 REST shapes CineRadar uses (google.firestore.v1, proto3 JSON). Field values stay JSON
// (JsonObject) here: FirestoreValue is the one place that reads and writes them.

internal sealed record FirestoreDocument(string? Name, JsonObject? Fields, string? CreateTime = null, string? UpdateTime = null);

internal sealed record DocumentMask(IReadOnlyList<string> FieldPaths);

/// <summary>Either <see cref="Exists"/> or <see cref="UpdateTime"/>: the state the document must be in for the write.</summary>
internal sealed record Precondition(bool? Exists = null, string? UpdateTime = null);

/// <summary>A server-side change applied after the write; CineRadar uses only <c>increment</c>.</summary>
internal sealed record FieldTransform(string FieldPath, JsonObject? Increment = null);

/// <summary>One of <see cref="Update"/> or <see cref="Delete"/>.</summary>
internal sealed record Write(
    FirestoreDocument? Update = null,
    string? Delete = null,
    DocumentMask? UpdateMask = null,
    IReadOnlyList<FieldTransform>? UpdateTransforms = null,
    Precondition? CurrentDocument = null);

internal sealed record CommitRequest(IReadOnlyList<Write> Writes);

internal sealed record WriteResult(string? UpdateTime, IReadOnlyList<JsonObject>? TransformResults);

internal sealed record CommitResponse(IReadOnlyList<WriteResult>? WriteResults, string? CommitTime);

internal sealed record BatchGetDocumentsRequest(IReadOnlyList<string> Documents);

/// <summary>One element of the batch-get answer (a JSON array): <see cref="Found"/> or <see cref="Missing"/>.</summary>
internal sealed record BatchGetDocumentsResponse(FirestoreDocument? Found, string? Missing, string? ReadTime);

internal sealed record ListDocumentsResponse(IReadOnlyList<FirestoreDocument>? Documents, string? NextPageToken);

internal sealed record RunQueryRequest(StructuredQuery StructuredQuery);

/// <summary>One element of the run-query answer (a JSON array); an element without a document only reports progress.</summary>
internal sealed record RunQueryResponse(FirestoreDocument? Document, string? ReadTime, int? SkippedResults);

internal sealed record StructuredQuery(
    IReadOnlyList<CollectionSelector> From,
    Projection? Select = null,
    Filter? Where = null,
    IReadOnlyList<Order>? OrderBy = null,
    int? Limit = null);

internal sealed record CollectionSelector(string CollectionId);

internal sealed record Projection(IReadOnlyList<FieldReference> Fields);

internal sealed record FieldReference(string FieldPath);

/// <summary>One of <see cref="FieldFilter"/> or <see cref="CompositeFilter"/>.</summary>
internal sealed record Filter(FieldFilter? FieldFilter = null, CompositeFilter? CompositeFilter = null);

internal sealed record FieldFilter(FieldReference Field, string Op, JsonObject Value);

internal sealed record CompositeFilter(string Op, IReadOnlyList<Filter> Filters);

internal sealed record Order(FieldReference Field, string Direction);

/// <summary>Google's error body: <c>{"error":{"code":400,"message":"…","status":"INVALID_ARGUMENT"}}</c>.</summary>
internal sealed record GoogleErrorResponse(GoogleError? Error);

internal sealed record GoogleError(int Code, string? Message, string? Status);

/// <summary>A composite index of Firestore's admin API: <c>{"queryScope":"COLLECTION","fields":[{"fieldPath":"status","order":"ASCENDING"}]}</c>.</summary>
internal sealed record FirestoreIndex(string QueryScope, IReadOnlyList<FirestoreIndexField> Fields);

internal sealed record FirestoreIndexField(string FieldPath, string Order);

/// <summary>A field's single-field index settings, sent with <c>updateMask=indexConfig</c>.</summary>
internal sealed record FirestoreField(FirestoreIndexConfig IndexConfig);

internal sealed record FirestoreIndexConfig(IReadOnlyList<FirestoreIndex> Indexes);

/// <summary>The long-running operation the admin API answers; CineRadar only names it.</summary>
internal sealed record LongRunningOperation(string? Name, bool? Done);
