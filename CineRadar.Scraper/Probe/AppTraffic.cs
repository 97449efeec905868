using Microsoft.Playwright;

namespace CineRadar.Scraper.Probe;

/// <summary>
/// Records every API request the app makes while the probe drives it (fetch and XHR, any host), with its answer. These
/// are the app's own calls: recorded, not counted against the probe's limit.
/// </summary>
internal sealed class AppTraffic
{
    private readonly List<Task<ObservedCall?>> _pending = [];

    public void Attach(IBrowserContext context) => context.Response += (_, response) =>
    {
        if (response.Request.ResourceType is "fetch" or "xhr")
        {
            lock (_pending)
            {
                _pending.Add(ObserveAsync(response));
            }
        }
    };

    /// <summary>Every call recorded so far, in the order the app made them.</summary>
    public async Task<IReadOnlyList<ObservedCall>> CollectAsync()
    {
        Task<ObservedCall?>[] pending;
        lock (_pending)
        {
            pending = [.. _pending];
        }

        return (await Task.WhenAll(pending)).OfType<ObservedCall>().ToList();
    }

    private static async Task<ObservedCall?> ObserveAsync(IResponse response)
    {
        try
        {
            var headers = await response.Request.AllHeadersAsync();
            byte[] body;
            try
            {
                body = await response.BodyAsync();
            }
            catch (PlaywrightException)
            {
                body = [];
            }

            return ObservedCall.From(response.Request.Method, new Uri(response.Url), headers.Keys, response.Status, body);
        }
        catch (PlaywrightException)
        {
            // The page closed before the answer could be read.
            return null;
        }
    }
}
