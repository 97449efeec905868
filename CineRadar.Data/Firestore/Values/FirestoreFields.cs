using System.Globalization;

namespace CineRadar.Data.Firestore.Values;

/// <summary>
/// Typed, tolerant reads of a decoded document or map: a missing field, a null or a value of another type reads as
/// absent, and fields nobody asks for are ignored, so documents written by other (older or newer) writers still read.
/// </summary>
internal sealed class FirestoreFields(IReadOnlyDictionary<string, object?> values)
{
    public static readonly FirestoreFields Empty = new(new Dictionary<string, object?>());

    public IReadOnlyDictionary<string, object?> Values { get; } = values;

    public bool Has(string name) => Values.TryGetValue(name, out var value) && value is not null;

    public string? String(string name) => Values.GetValueOrDefault(name) switch
    {
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A field the document cannot be understood without.</summary>
    public string Required(string name) =>
        String(name) ?? throw new FirestoreDataException($"The stored document has no '{name}'.");

    public long? Long(string name) => Values.GetValueOrDefault(name) switch
    {
        long number => number,
        double number => (long)number,
        string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    public int Int(string name) => (int)(Long(name) ?? 0);

    public double? Double(string name) => Values.GetValueOrDefault(name) switch
    {
        double number => number,
        long number => number,
        _ => null,
    };

    public bool Bool(string name) => Values.GetValueOrDefault(name) is true;

    /// <summary>A <c>timestampValue</c>, or an ISO-8601 string (zone-less text means UTC, as the original wrote it).</summary>
    public DateTimeOffset? Instant(string name) => Values.GetValueOrDefault(name) switch
    {
        DateTimeOffset instant => instant,
        string text when DateTimeOffset.TryParse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant) =>
            FirestoreTime.Truncate(instant),
        _ => null,
    };

    public DateTimeOffset RequiredInstant(string name) =>
        Instant(name) ?? throw new FirestoreDataException($"The stored document has no time in '{name}'.");

    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(String(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public DateOnly RequiredDate(string name) =>
        Date(name) ?? throw new FirestoreDataException($"The stored document has no yyyy-MM-dd date in '{name}'.");

    public FirestoreFields Map(string name) =>
        Values.GetValueOrDefault(name) is IReadOnlyDictionary<string, object?> map ? new FirestoreFields(map) : Empty;

    /// <summary>An array of maps; other items are skipped.</summary>
    public IReadOnlyList<FirestoreFields> Maps(string name) => MapsIn(Values.GetValueOrDefault(name));

    public static IReadOnlyList<FirestoreFields> MapsIn(object? array) =>
        (array as IEnumerable<object?> ?? []).OfType<IReadOnlyDictionary<string, object?>>().Select(map => new FirestoreFields(map)).ToList();

    public IReadOnlyList<string> Strings(string name) => (Values.GetValueOrDefault(name) as IEnumerable<object?> ?? []).OfType<string>().ToList();
}

/// <summary>A stored document that lacks what CineRadar needs to read it.</summary>
public sealed class FirestoreDataException(string message) : Exception(message);
