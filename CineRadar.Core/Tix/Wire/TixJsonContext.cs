using System.Text.Json.Serialization;

namespace CineRadar.Core.Tix.Wire;

[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(MovieListWire))]
[JsonSerializable(typeof(ScheduleResponseWire))]
[JsonSerializable(typeof(SeatLayoutResponseWire))]
[JsonSerializable(typeof(TokenResponseWire))]
[JsonSerializable(typeof(ErrorOnlyWire))]
internal sealed partial class TixJsonContext : JsonSerializerContext;
