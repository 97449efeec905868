using System.Text.Json.Serialization;

namespace CineRadar.Core.Tix.Wire;

// The JSON shapes of api-b2b.tix.id as CineRadar reads them. Every field is optional here; the parsers decide which
// ones a payload cannot do without and say so by name.

internal sealed class ErrorWire
{
    [JsonPropertyName("code")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }
}

internal abstract class EnvelopeWire
{
    [JsonPropertyName("success")]
    [JsonConverter(typeof(FlexibleFlagConverter))]
    public bool? Success { get; set; }

    [JsonPropertyName("error")]
    public ErrorWire? Error { get; set; }
}

internal sealed class MovieListWire : EnvelopeWire
{
    [JsonPropertyName("data")]
    public List<MovieWire?>? Data { get; set; }
}

internal sealed class NameWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

internal sealed class MerchantWire
{
    [JsonPropertyName("merchant_name")]
    public string? MerchantName { get; set; }
}

internal sealed class MovieWire
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("movie_id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? MovieId { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("genres")]
    public List<NameWire?>? Genres { get; set; }

    [JsonPropertyName("poster_path")]
    public string? PosterPath { get; set; }

    [JsonPropertyName("age_category")]
    public string? AgeCategory { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("merchant")]
    public List<MerchantWire?>? Merchant { get; set; }

    [JsonPropertyName("presale_flag")]
    [JsonConverter(typeof(FlexibleFlagConverter))]
    public bool PresaleFlag { get; set; }
}

internal sealed class ScheduleResponseWire : EnvelopeWire
{
    [JsonPropertyName("data")]
    public ScheduleDataWire? Data { get; set; }
}

internal sealed class ScheduleDataWire
{
    [JsonPropertyName("has_next")]
    [JsonConverter(typeof(FlexibleFlagConverter))]
    public bool HasNext { get; set; }

    [JsonPropertyName("theaters")]
    public List<TheaterWire?>? Theaters { get; set; }
}

internal sealed class TheaterWire
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("address")]
    public string? Address { get; set; }

    [JsonPropertyName("merchant")]
    public MerchantWire? Merchant { get; set; }

    [JsonPropertyName("price_groups")]
    public List<PriceGroupWire?>? PriceGroups { get; set; }
}

internal sealed class PriceGroupWire
{
    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("price_string")]
    public string? PriceString { get; set; }

    [JsonPropertyName("show_time")]
    public List<ShowTimeWire?>? ShowTime { get; set; }
}

internal sealed class ShowTimeWire
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("display_time")]
    public string? DisplayTime { get; set; }

    [JsonPropertyName("status")]
    public int? Status { get; set; }
}

internal sealed class SeatLayoutResponseWire : EnvelopeWire
{
    [JsonPropertyName("data")]
    public SeatLayoutDataWire? Data { get; set; }

    /// <summary>Some flat CGV answers carry the map at the top level.</summary>
    [JsonPropertyName("seat_map")]
    public List<SeatMapEntryWire?>? SeatMap { get; set; }
}

internal sealed class SeatLayoutDataWire
{
    [JsonPropertyName("seat_map")]
    public List<SeatMapEntryWire?>? SeatMap { get; set; }
}

/// <summary>One entry of <c>seat_map</c>: a nested row (<c>seat_code</c> + <c>seat_rows</c>) or a flat seat (<c>row_name</c>).</summary>
internal sealed class SeatMapEntryWire
{
    [JsonPropertyName("seat_code")]
    public string? SeatCode { get; set; }

    [JsonPropertyName("seat_rows")]
    public List<SeatWire?>? SeatRows { get; set; }

    [JsonPropertyName("row_name")]
    public string? RowName { get; set; }

    [JsonPropertyName("seat_no")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? SeatNo { get; set; }

    [JsonPropertyName("seat_status")]
    public int? SeatStatus { get; set; }

    [JsonPropertyName("seat_yn")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? SeatYn { get; set; }
}

internal sealed class SeatWire
{
    [JsonPropertyName("seat_row")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? SeatRow { get; set; }

    [JsonPropertyName("status")]
    public int? Status { get; set; }
}

internal sealed class TokenResponseWire : EnvelopeWire
{
    [JsonPropertyName("data")]
    public TokenDataWire? Data { get; set; }
}

internal sealed class TokenDataWire
{
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; set; }
}

internal sealed class ErrorOnlyWire : EnvelopeWire;
