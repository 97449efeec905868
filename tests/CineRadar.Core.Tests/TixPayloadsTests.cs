using CineRadar.Core.Tix;

namespace CineRadar.Core.Tests;

public sealed class TixPayloadsTests
{
    [Fact]
    public void MovieListReadsEveryMovieWithOptionalFieldsOptional()
    {
        var movies = TixPayloads.ParseMovies(Fixture.Bytes("movies.json"));

        Assert.Equal(3, movies.Count);
        var first = movies[0];
        Assert.Equal("1900000000000000001", first.Id);
        Assert.Equal("KERETA MALAM", first.Title);
        Assert.Equal(["Horror", "Drama"], first.Genres);
        Assert.Equal(["XXI", "Cinépolis"], first.Merchants);
        Assert.Equal("D", first.AgeCategory);
        Assert.Null(first.Country);
        Assert.False(first.IsPresale);
        Assert.Equal("https://asset.tix.id/movie_poster_v2/0b1c-1111.webp", first.PosterUrl);

        var presale = movies[1];
        Assert.Equal("1900000000000000002", presale.Id);
        Assert.Equal("1900000000000000222", presale.ListingId);
        Assert.Equal("Petualangan Sherina 3", presale.Title);
        Assert.True(presale.IsPresale);
        Assert.Empty(presale.Genres);

        var bare = movies[2];
        Assert.Equal("1900000000000000003", bare.Id);
        Assert.Empty(bare.Merchants);
        Assert.Null(bare.PosterUrl);
    }

    [Fact]
    public void SchedulePageReadsTheatresRoomsAndShowtimes()
    {
        var page = TixPayloads.ParseSchedulePage(Fixture.Bytes("schedules-page.json"));

        Assert.True(page.HasNext);
        Assert.Equal(3, page.Theatres.Count);
        var xxi = page.Theatres[0];
        Assert.Equal("1100000000000000007", xxi.Id);
        Assert.Equal("XXI", xxi.Merchant);
        Assert.Equal(2, xxi.PriceGroups.Count);
        Assert.Equal("REGULAR 2D", xxi.PriceGroups[0].Category);
        Assert.Equal("Rp40.000 - Rp45.000", xxi.PriceGroups[0].PriceText);
        Assert.Equal([true, false], xxi.PriceGroups[0].Showtimes.Select(s => s.IsBookable));
        Assert.Equal("REGULAR ", xxi.PriceGroups[1].Category);
        Assert.Equal(2, xxi.PriceGroups[1].Showtimes[0].Status);

        var cinepolis = page.Theatres[1];
        Assert.Null(cinepolis.Address);
        Assert.Equal("Cinépolis", cinepolis.Merchant);
        Assert.Equal("2000000000000000126", cinepolis.PriceGroups[0].Showtimes[0].Id);
        Assert.True(cinepolis.PriceGroups[0].Showtimes[0].IsBookable);

        Assert.Equal("New Chain", page.Theatres[2].Merchant);
        Assert.Empty(page.Theatres[2].PriceGroups);
    }

    [Fact]
    public void NestedLayoutTakesRowLabelsFromSeatCode()
    {
        var layout = TixPayloads.ParseSeatLayout(Fixture.Bytes("layout-nested.json"));

        Assert.Equal(["A", "B"], layout.Rows.Select(r => r.Label));
        Assert.Equal("10_01", layout.Rows[0].Seats);
        Assert.Equal("11_", layout.Rows[1].Seats);
        Assert.Equal(4, layout.Available);
        Assert.Equal(2, layout.Unavailable);
        Assert.Equal(6, layout.Total);
        Assert.Equal(33.3, layout.OccupancyPct);
        Assert.Equal(["status 0", "status 9"], layout.IgnoredStatuses);
    }

    [Fact]
    public void FlatLayoutGroupsSeatsByRowName()
    {
        var layout = TixPayloads.ParseSeatLayout(Fixture.Bytes("layout-flat.json"));

        Assert.Equal(["A", "B"], layout.Rows.Select(r => r.Label));
        Assert.Equal("101", layout.Rows[0].Seats);
        Assert.Equal("0_", layout.Rows[1].Seats);
        Assert.Equal(50.0, layout.OccupancyPct);
    }

    [Fact]
    public void FlatCgvLayoutCountsStatusZeroSeatsAsSoldAndSkipsGaps()
    {
        var layout = TixPayloads.ParseSeatLayout(Fixture.Bytes("layout-flat-cgv.json"));

        Assert.Equal("_010", layout.Rows[0].Seats);
        Assert.Equal("1_", layout.Rows[1].Seats);
        Assert.Equal(2, layout.Available);
        Assert.Equal(2, layout.Unavailable);
        Assert.Equal(["seat_yn X"], layout.IgnoredStatuses);
    }

    [Fact]
    public void EmptySeatMapIsAnEmptyLayout()
    {
        var layout = TixPayloads.ParseSeatLayout(Fixture.Bytes("layout-empty.json"));
        Assert.Empty(layout.Rows);
        Assert.Equal(0, layout.Total);
        Assert.Equal(0, layout.OccupancyPct);
        Assert.False(layout.IsFull);
    }

    [Fact]
    public void SeatMapAtTheTopLevelIsRead()
    {
        var layout = TixPayloads.ParseSeatLayout("""{ "seat_map": [ { "row_name": "C", "seat_yn": "1", "seat_status": 1 } ] }""");
        Assert.Equal(1, layout.Available);
    }

    [Fact]
    public void NestedRowWithoutSeatCodeTakesItsLabelFromSeatNames()
    {
        var layout = TixPayloads.ParseSeatLayout("""{ "data": { "seat_map": [ { "seat_rows": [ { "seat_row": "AA12", "status": 1 } ] } ] } }""");
        Assert.Equal("AA", layout.Rows[0].Label);
    }

    [Fact]
    public void FailureAnswerThrowsTheTixErrorCode()
    {
        var error = Assert.Throws<TixApiException>(() => TixPayloads.ParseSeatLayout(Fixture.Bytes("layout-expired.json")));
        Assert.Equal(TixApiException.ExpiredEventDetail, error.Code);
        Assert.Equal("Show time has started", error.Detail);
        Assert.Equal(("EXPIRED_EVENT_DETAIL", "Show time has started"), TixPayloads.ReadError(Fixture.Bytes("layout-expired.json")));
    }

    [Theory]
    [InlineData("layout-no-map.json", "seat layout: data.seat_map is missing")]
    [InlineData("layout-truncated.json", "seat layout: not valid JSON")]
    public void MalformedLayoutNamesWhatIsWrong(string fixture, string message)
    {
        var error = Assert.Throws<TixPayloadException>(() => TixPayloads.ParseSeatLayout(Fixture.Bytes(fixture)));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(TixPayloads.SeatLayoutPayload, error.Payload);
    }

    [Theory]
    [InlineData("""{ "data": { "seat_map": [ { "seat_no": "1" } ] } }""", "data.seat_map[0] has neither seat_code nor row_name")]
    [InlineData("""{ "data": { "seat_map": [ null ] } }""", "data.seat_map[0] is missing")]
    [InlineData("""null""", "the body is JSON null")]
    [InlineData("""{ "data": { "seat_map": { "A": 1 } } }""", "not valid JSON at data.seat_map")]
    [InlineData("""<html>Bad gateway</html>""", "not valid JSON")]
    public void MalformedLayoutsAreTypedErrors(string json, string problem)
    {
        var error = Assert.Throws<TixPayloadException>(() => TixPayloads.ParseSeatLayout(json));
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "success": true }""", "data is missing")]
    [InlineData("""{ "data": [ { "title": "X" } ] }""", "data[0].id is missing")]
    [InlineData("""{ "data": [ { "id": "1", "title": " " } ] }""", "data[0].title is missing")]
    [InlineData("""{ "data": [ { "id": "1", "title": "A" }, null ] }""", "data[1] is missing")]
    [InlineData("""{ "data": [ { "id": {"x":1}, "title": "A" } ] }""", "not valid JSON at data[0].id")]
    public void MalformedMovieListsAreTypedErrors(string json, string problem)
    {
        var error = Assert.Throws<TixPayloadException>(() => TixPayloads.ParseMovies(json));
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "success": true }""", "data is missing")]
    [InlineData("""{ "data": { "theaters": [ { "name": "A", "merchant": { "merchant_name": "XXI" } } ] } }""", "data.theaters[0].id is missing")]
    [InlineData("""{ "data": { "theaters": [ { "id": "1", "name": "A" } ] } }""", "data.theaters[0].merchant.merchant_name is missing")]
    [InlineData("""{ "data": { "theaters": [ { "id": "1", "name": "A", "merchant": { "merchant_name": "XXI" }, "price_groups": [ { "show_time": [] } ] } ] } }""", "data.theaters[0].price_groups[0].category is missing")]
    [InlineData("""{ "data": { "theaters": [ { "id": "1", "name": "A", "merchant": { "merchant_name": "XXI" }, "price_groups": [ { "category": "2D", "show_time": [ { "display_time": "10:00" } ] } ] } ] } }""", "data.theaters[0].price_groups[0].show_time[0].id is missing")]
    [InlineData("""{ "data": { "theaters": [ { "id": "1", "name": "A", "merchant": { "merchant_name": "XXI" }, "price_groups": [ { "category": "2D", "show_time": [ { "id": "9", "display_time": "25:00" } ] } ] } ] } }""", "data.theaters[0].price_groups[0].show_time[0].display_time '25:00' is not HH:MM")]
    public void MalformedSchedulePagesAreTypedErrors(string json, string problem)
    {
        var error = Assert.Throws<TixPayloadException>(() => TixPayloads.ParseSchedulePage(json));
        Assert.Equal(problem, error.Problem);
    }

    [Fact]
    public void SchedulePageWithoutTheatresIsAnEmptyLastPage()
    {
        var page = TixPayloads.ParseSchedulePage("""{ "success": true, "data": { "has_next": false } }""");
        Assert.False(page.HasNext);
        Assert.Empty(page.Theatres);
    }

    [Fact]
    public void CityListIsRecognisedByItsContentWhateverItsKeysAndIdsStayExact()
    {
        var found = TixPayloads.FindCities("""
            { "ok": 1, "result": { "popular": [ { "label": "Kereta Malam" } ], "all": [
              { "seq": 1, "label": "JAKARTA ", "ref": 967969975509716992 },
              { "seq": 2, "label": "Bandung", "ref": "973818511275069440" },
              { "seq": 3, "label": "SURABAYA", "ref": "973818512092958720" },
              { "seq": 4, "label": "NABIRE", "ref": "1999999999999999999" } ] } }
            """);

        Assert.NotNull(found);
        Assert.Equal(("ref", "label", 3), (found.IdKey, found.NameKey, found.KnownNames));
        Assert.Equal(new TixCity("967969975509716992", "JAKARTA"), found.Cities[0]);
        Assert.Equal(new TixCity("1999999999999999999", "NABIRE"), found.Cities[3]);
    }

    [Theory]
    [InlineData("""{ "data": [ { "id": "1", "title": "JAKARTA" }, { "id": "2", "title": "KERETA MALAM" } ] }""")]
    [InlineData("""{ "data": [ { "id": "1", "name": "JAKARTA" }, { "id": "1", "name": "BANDUNG" }, { "id": "1", "name": "MEDAN" } ] }""")]
    [InlineData("<html>not json</html>")]
    public void AnswerWithoutACityListIsNotOne(string json) => Assert.Null(TixPayloads.FindCities(json));

    [Fact]
    public void TokenAnswerGivesTheAccessTokenAndAnyRefreshToken()
    {
        Assert.Equal(new TixTokenGrant("abc", null), TixPayloads.ParseToken("""{ "success": true, "data": { "token": "abc" } }"""));
        Assert.Equal(new TixTokenGrant("abc", "def"), TixPayloads.ParseToken("""{ "data": { "token": "abc", "refresh_token": "def" } }"""));
        Assert.Throws<TixPayloadException>(() => TixPayloads.ParseToken("""{ "data": { } }"""));
        var refused = Assert.Throws<TixApiException>(() => TixPayloads.ParseToken("""{ "success": false, "error": { "code": "INVALID_TOKEN" } }"""));
        Assert.Equal(TixApiException.InvalidToken, refused.Code);
    }

    [Fact]
    public void ErrorIsReadOnlyWhenTheAnswerCarriesOne()
    {
        Assert.Null(TixPayloads.ReadError("""{ "success": true }"""u8));
        Assert.Null(TixPayloads.ReadError("""<html>"""u8));
        Assert.Equal(("429", null), TixPayloads.ReadError("""{ "error": { "code": 429 } }"""u8));
    }
}
