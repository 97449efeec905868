using Microsoft.Extensions.Http;

namespace CineRadar.Scraper.Simulation;

/// <summary>
/// Holds the simulated clock while a request is on the wire, innermost in every HTTP client (after the budget, which
/// waits on the clock): the simulated day then measures the scheduler and the budget, not how loaded the machine is.
/// </summary>
internal sealed class ClockHoldFilter(ScaledClock clock) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        builder.AdditionalHandlers.Add(new HoldingHandler(clock));
    };

    private sealed class HoldingHandler(ScaledClock clock) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (clock.Hold())
            {
                var response = await base.SendAsync(request, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                return response;
            }
        }
    }
}
