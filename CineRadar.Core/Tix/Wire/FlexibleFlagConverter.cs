using System.Text.Json;
using System.Text.Json.Serialization;

namespace CineRadar.Core.Tix.Wire;

/// <summary>Reads a flag TIX may send as 0/1, "0"/"1" or true/false.</summary>
internal sealed class FlexibleFlagConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        JsonTokenType.Number => reader.GetDecimal() != 0,
        JsonTokenType.String => reader.GetString() is { } text && text.Trim() is not ("" or "0" or "false" or "False"),
        _ => throw new JsonException($"Expected a flag, found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteNumberValue(value ? 1 : 0);
}
