using StackExchange.Redis;

namespace CineRadar.Scraper.Budget;

/// <summary>What counts as Redis being away, and whether it answers again: for the shared counts that fall back locally.</summary>
internal static class RedisProbe
{
    public static bool IsFailure(Exception ex) => ex is RedisException or TimeoutException;

    public static async Task<bool> AnswersAsync(IConnectionMultiplexer redis)
    {
        try
        {
            await redis.GetDatabase().PingAsync();
            return true;
        }
        catch (Exception ex) when (IsFailure(ex))
        {
            return false;
        }
    }
}
