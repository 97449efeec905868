namespace CineRadar.Data.Firestore.Values;

/// <summary>A value that Firestore cannot store; raised before anything is sent, naming the field.</summary>
public sealed class FirestoreValueException(string fieldPath, string problem)
    : ArgumentException($"Field '{fieldPath}' cannot be written to Firestore: {problem}.")
{
    public string FieldPath { get; } = fieldPath;
}
