using System.Globalization;
using CineRadar.Core.Sampling;
using StackExchange.Redis;

namespace CineRadar.Scraper.SeatReads;

/// <summary>
/// The count every scraper process shares: one Redis key per WIB day and purpose, read, raised to the store's floor,
/// added to and compared with the limit by one script, so processes taking reads at once never pass the limit together.
/// </summary>
public sealed class RedisSeatReadCounter(IConnectionMultiplexer redis)
{
    // KEYS[1] the day's key; ARGV: floor, limit (-1: none), reads counted elsewhere to add, 1 to take one (0 to read).
    // Returns { 1 when one was taken, the count after }.
    private const string TakeScript = """
        local n = tonumber(redis.call('GET', KEYS[1]) or '0')
        local floor = tonumber(ARGV[1])
        if n < floor then n = floor end
        n = n + tonumber(ARGV[3])
        local limit = tonumber(ARGV[2])
        local taken = 0
        if ARGV[4] == '1' and (limit < 0 or n < limit) then
          n = n + 1
          taken = 1
        end
        redis.call('SET', KEYS[1], n, 'EX', 259200)
        return { taken, n }
        """;

    public static string Key(DateOnly day, SeatReadPurpose purpose) =>
        $"cineradar:seat-reads:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{purpose.Word()}";

    /// <summary>Adds <paramref name="counted"/> reads taken while Redis was away, then takes one (or only reads, when <paramref name="take"/> is false).</summary>
    public async Task<(bool Taken, long Used)> TakeAsync(DateOnly day, SeatReadPurpose purpose, long? limit, long floor, long counted, bool take)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            TakeScript, [Key(day, purpose)], [floor, limit ?? -1, counted, take ? 1 : 0]))!;
        return ((long)result[0] == 1, (long)result[1]);
    }
}
