using CineRadar.Scraper.Seats;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.SeatReads;

/// <summary>
/// Watches the answers to logged-in seat-map requests for what a block looks like and halts sampling when it sees one:
/// <see cref="SamplingOptions.BlockAfterRefusals"/> answers in a row that are 403 or 429, or an HTML page (a captcha or a
/// challenge) where JSON belongs. A 401 is no sign of a block (it is the token's own refresh path) and leaves the
/// streak as it was; any other answer ends it.
/// </summary>
public sealed class SeatBlockWatch(DailySeatReads reads, IOptions<SamplingOptions> options)
{
    private readonly Lock _gate = new();
    private readonly List<int> _streak = [];

    public async Task ObserveAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status == 401)
        {
            return;
        }

        if (await IsHtmlPageAsync(response, cancellationToken))
        {
            Clear();
            await reads.HaltAsync($"a seat map was answered {status} with an HTML page (a captcha or challenge) instead of JSON", cancellationToken);
            return;
        }

        if (status is not (403 or 429))
        {
            Clear();
            return;
        }

        var threshold = Math.Max(1, options.Value.BlockAfterRefusals);
        List<int>? seen = null;
        lock (_gate)
        {
            _streak.Add(status);
            if (_streak.Count >= threshold)
            {
                seen = [.. _streak];
                _streak.Clear();
            }
        }

        if (seen is not null)
        {
            await reads.HaltAsync(
                $"{seen.Count} seat maps in a row were refused ({string.Join(", ", seen)}) although the access token is valid", cancellationToken);
        }
    }

    private void Clear()
    {
        lock (_gate)
        {
            _streak.Clear();
        }
    }

    private static async Task<bool> IsHtmlPageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType is { MediaType: { } mediaType } && mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var first = Array.FindIndex(body, b => !char.IsWhiteSpace((char)b) && b != 0xEF && b != 0xBB && b != 0xBF);
        return first >= 0 && body[first] == (byte)'<';
    }
}
