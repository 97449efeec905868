using System.Globalization;
using System.Text.Json.Nodes;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Tests.Firestore;

public sealed class FirestoreValueTests
{
    private static readonly DateTimeOffset Instant = DateTimeOffset.Parse("2026-01-11T06:40:01.1234567+07:00", CultureInfo.InvariantCulture);

    [Fact]
    public void EveryKindRoundTripsAndIdsStayStrings()
    {
        var fields = new Dictionary<string, object?>
        {
            ["showtime_id"] = "2000000000000000101",
            ["big"] = 9_007_199_254_740_993L,
            ["seats"] = 180,
            ["occupancy_pct"] = 66.7,
            ["house_locked"] = true,
            ["starts_at"] = Instant,
            ["date"] = new DateOnly(2026, 1, 11),
            ["place_id"] = null,
            ["theatre_counts"] = new Dictionary<string, int> { ["JAKARTA"] = 61, ["PANGKAL PINANG"] = 0 },
            ["layout"] = new List<object?> { new Dictionary<string, object?> { ["row"] = "A", ["seats"] = "10_01" } },
            ["genres"] = new[] { "Horror", "Drama" },
        };

        var encoded = FirestoreValue.EncodeFields(fields);
        var decoded = new FirestoreFields(FirestoreValue.DecodeFields(JsonNode.Parse(encoded.ToJsonString())!.AsObject()));

        Assert.Equal("2000000000000000101", encoded["showtime_id"]!["stringValue"]!.GetValue<string>());
        Assert.Equal("9007199254740993", encoded["big"]!["integerValue"]!.GetValue<string>());
        Assert.Equal("2026-01-10T23:40:01.123456Z", encoded["starts_at"]!["timestampValue"]!.GetValue<string>());
        Assert.Equal("""{"nullValue":null}""", encoded["place_id"]!.ToJsonString());
        Assert.Equal("2000000000000000101", decoded.String("showtime_id"));
        Assert.Equal(9_007_199_254_740_993L, decoded.Long("big"));
        Assert.Equal(180, decoded.Int("seats"));
        Assert.Equal(66.7, decoded.Double("occupancy_pct"));
        Assert.True(decoded.Bool("house_locked"));
        Assert.Equal(FirestoreTime.Truncate(Instant), decoded.Instant("starts_at"));
        Assert.Equal(new DateOnly(2026, 1, 11), decoded.Date("date"));
        Assert.False(decoded.Has("place_id"));
        Assert.Equal(0, decoded.Map("theatre_counts").Int("PANGKAL PINANG"));
        Assert.Equal("10_01", Assert.Single(decoded.Maps("layout")).String("seats"));
        Assert.Equal(["Horror", "Drama"], decoded.Strings("genres"));
    }

    [Fact]
    public void EncodingMatchesTheDocumentSample()
    {
        var sample = WireShape.Sample("document.json")["fields"]!.AsObject();
        var fields = new Dictionary<string, object?>
        {
            ["theatre_id"] = "1100000000000000007",
            ["total_seats"] = 180,
            ["lat"] = -7.95,
            ["is_presale"] = false,
            ["place_id"] = null,
            ["first_seen"] = DateTimeOffset.Parse("2026-01-10T23:40:01.5Z", CultureInfo.InvariantCulture),
            ["room_types"] = new[] { "2D", "PREMIERE 2D" },
        };

        var encoded = FirestoreValue.EncodeFields(fields);

        foreach (var name in fields.Keys)
        {
            Assert.True(JsonNode.DeepEquals(sample[name], encoded[name]), $"{name}: {encoded[name]!.ToJsonString()} is not {sample[name]!.ToJsonString()}");
        }
    }

    [Fact]
    public void SampleDocumentDecodesWithItsTypes()
    {
        var fields = new FirestoreFields(FirestoreValue.DecodeFields(WireShape.Sample("document.json")["fields"]!.AsObject()));

        Assert.Equal(180, fields.Long("total_seats"));
        Assert.Equal(-7.95, fields.Double("lat"));
        Assert.Equal(83, fields.Map("summary").Int("total_cities"));
        Assert.Empty(fields.Strings("no_rooms"));
        Assert.Empty(fields.Map("empty_map").Values);
        Assert.Equal(-7.95, fields.Map("location").Double("latitude"));
        Assert.Equal([104, 101, 108, 108, 111], (byte[])fields.Values["thumbnail"]!);
    }

    [Fact]
    public void ArrayInsideAnArrayIsRefusedNamingTheField()
    {
        var layout = new Dictionary<string, object?> { ["layout"] = new List<object?> { new List<object?> { "", new[] { 1, 1, 0 } } } };

        var error = Assert.Throws<FirestoreValueException>(() => FirestoreValue.EncodeFields(layout));

        Assert.Equal("layout[0]", error.FieldPath);
        Assert.Contains("array cannot hold another array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesWithoutAFirestoreTypeAreRefused()
    {
        Assert.Equal("price", Assert.Throws<FirestoreValueException>(() => FirestoreValue.EncodeFields(new Dictionary<string, object?> { ["price"] = 42.5m })).FieldPath);
        Assert.Equal("owner.id", Assert.Throws<FirestoreValueException>(() =>
            FirestoreValue.EncodeFields(new Dictionary<string, object?> { ["owner"] = new Dictionary<string, object?> { ["id"] = Guid.Empty } })).FieldPath);
        Assert.Throws<FirestoreValueException>(() => FirestoreValue.EncodeFields(new Dictionary<string, object?> { [""] = 1 }));
    }

    [Fact]
    public void SpecialDoublesAndIntegerNumbersAreRead()
    {
        Assert.Equal("""{"doubleValue":"NaN"}""", FirestoreValue.Encode(double.NaN, "x").ToJsonString());
        Assert.Equal(double.PositiveInfinity, FirestoreValue.Decode(JsonNode.Parse("""{"doubleValue":"Infinity"}""")));
        Assert.Equal(7L, FirestoreValue.Decode(JsonNode.Parse("""{"integerValue":7}""")));
        Assert.Null(FirestoreValue.Decode(JsonNode.Parse("""{"vectorValue":{}}""")));
    }

    [Fact]
    public void OriginalIsoStringsWithoutAZoneMeanUtc()
    {
        var fields = new FirestoreFields(new Dictionary<string, object?> { ["last_seen"] = "2026-01-10T23:40:01.5", ["scraped_at"] = "2026-01-10 23:31:55" });

        Assert.Equal(DateTimeOffset.Parse("2026-01-10T23:40:01.5Z", CultureInfo.InvariantCulture), fields.Instant("last_seen"));
        Assert.Equal(TimeSpan.Zero, fields.Instant("scraped_at")!.Value.Offset);
        Assert.Null(fields.Instant("missing"));
    }

    [Theory]
    [InlineData(new[] { "status" }, "status")]
    [InlineData(new[] { "cities", "JAKARTA" }, "cities.JAKARTA")]
    [InlineData(new[] { "cities", "PANGKAL PINANG" }, "cities.`PANGKAL PINANG`")]
    [InlineData(new[] { "odd`name", "a\\b" }, "`odd\\`name`.`a\\\\b`")]
    public void FieldPathsQuoteWhatIsNotAnIdentifier(string[] segments, string expected) => Assert.Equal(expected, FieldPath.Of(segments));

    [Theory]
    [InlineData("1100000000000000007", "1100000000000000007")]
    [InlineData("login-failed:runs/42", "login-failed:runs%2F42")]
    [InlineData("50%", "50%25")]
    [InlineData("..", "%2E.")]
    [InlineData("__meta__", "%5F_meta__")]
    public void DocumentIdsAreEscapedOnlyWhereFirestoreNeedsIt(string id, string expected) => Assert.Equal(expected, DocumentId.Escape(id));

    [Fact]
    public void DocumentSizeFollowsGooglesWorkedExample()
    {
        // Google's example: users/jeff/tasks/my_task_id with four fields is 147 bytes.
        var fields = FirestoreValue.EncodeFields(new Dictionary<string, object?>
        {
            ["type"] = "Personal",
            ["done"] = false,
            ["priority"] = 1,
            ["description"] = "Learn Cloud Firestore",
        });

        Assert.Equal(147, DocumentSize.Of("users/jeff/tasks/my_task_id", fields));
    }
}
