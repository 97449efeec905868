using CineRadar.Core.Tix;

namespace CineRadar.Scraper.Tix;

public delegate T TixParser<out T>(ReadOnlySpan<byte> body);

/// <summary>Reads one TIX answer, however it was fetched: a success body through its parser, an error status as an exception.</summary>
public static class TixAnswer
{
    public static T Read<T>(int status, byte[] body, string endpoint, TixParser<T> parse)
    {
        if (status is >= 200 and < 300)
        {
            return parse(body);
        }

        var error = TixPayloads.ReadError(body);
        throw new TixRequestException(endpoint, status, error?.Code, error?.Message);
    }
}
