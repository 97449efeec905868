using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Client;

/// <summary>A document as read: its path below <c>documents/</c>, its decoded fields and its update time.</summary>
internal sealed record StoredDocument(string Path, FirestoreFields Fields, string UpdateTime)
{
    /// <summary>The last path segment, as stored (escaped by <see cref="DocumentId"/> where the writer escaped it).</summary>
    public string Id => Path[(Path.LastIndexOf('/') + 1)..];
}
