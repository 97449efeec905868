namespace CineRadar.Tools.Simulation;

/// <summary>
/// Holds the simulation's <see cref="VirtualClock"/> for the whole of an HTTP exchange, body included: a request to
/// the sandbox costs no simulated time, however long the machine takes to serve it.
/// </summary>
public sealed class ClockHoldingHandler(VirtualClock clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var hold = clock.Hold();
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }
}
