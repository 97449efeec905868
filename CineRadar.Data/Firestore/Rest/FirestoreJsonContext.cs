using System.Text.Json.Serialization;

namespace CineRadar.Data.Firestore.Rest;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FirestoreDocument))]
[JsonSerializable(typeof(CommitRequest))]
[JsonSerializable(typeof(CommitResponse))]
[JsonSerializable(typeof(BatchGetDocumentsRequest))]
[JsonSerializable(typeof(List<BatchGetDocumentsResponse>))]
[JsonSerializable(typeof(ListDocumentsResponse))]
[JsonSerializable(typeof(RunQueryRequest))]
[JsonSerializable(typeof(List<RunQueryResponse>))]
[JsonSerializable(typeof(GoogleErrorResponse))]
[JsonSerializable(typeof(FirestoreIndex))]
[JsonSerializable(typeof(FirestoreField))]
[JsonSerializable(typeof(LongRunningOperation))]
internal sealed partial class FirestoreJsonContext : JsonSerializerContext;
