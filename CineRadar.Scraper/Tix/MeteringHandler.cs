using CineRadar.Scraper.Telemetry;

namespace CineRadar.Scraper.Tix;

/// <summary>Counts each request that really goes out to TIX, by endpoint and status, and for the current piece of work.</summary>
public sealed class MeteringHandler(ScraperTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestTally.Current?.Add();
        var endpoint = new KeyValuePair<string, object?>("endpoint", TixEndpoints.FromPath(request.RequestUri?.AbsolutePath ?? ""));
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            telemetry.Requests.Add(1, endpoint, new("status", (int)response.StatusCode));
            if ((int)response.StatusCode == 429)
            {
                telemetry.Throttled.Add(1, endpoint);
            }

            return response;
        }
        catch (HttpRequestException)
        {
            telemetry.Requests.Add(1, endpoint, new("status", "error"));
            throw;
        }
    }
}
