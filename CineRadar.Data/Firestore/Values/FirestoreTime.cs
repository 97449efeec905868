using System.Globalization;

namespace CineRadar.Data.Firestore.Values;

/// <summary>
/// Instants and dates as CineRadar writes them to Firestore: RFC 3339 UTC with a <c>Z</c>, to the microsecond
/// (Firestore keeps no more, so what is written is exactly what is read back), and dates as <c>yyyy-MM-dd</c>.
/// </summary>
internal static class FirestoreTime
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % 10), TimeSpan.Zero);

    /// <summary>The clock's now, as it will read back from the store.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => Truncate(clock.GetUtcNow());

    public static string Format(DateTimeOffset instant) =>
        Truncate(instant).UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads RFC 3339 text; text without a zone (the original CineRadar's ISO strings) means UTC.</summary>
    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
