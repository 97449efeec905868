namespace CineRadar.Scraper.SeatReads;

/// <summary>
/// Counts every logged-in seat-map attempt (each retry and the retry after a token refresh included) against the day's
/// cap before it is sent, refusing it with <see cref="SeatReadRefusedException"/> when the cap is spent or sampling is
/// halted, and shows each answer to the <see cref="SeatBlockWatch"/>.
/// </summary>
public sealed class SeatReadHandler(DailySeatReads reads, SeatBlockWatch watch) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await reads.TakeAsync(AmbientSeatReadPurpose.Current, cancellationToken) is { } refusal)
        {
            throw new SeatReadRefusedException(refusal);
        }

        var response = await base.SendAsync(request, cancellationToken);
        await watch.ObserveAsync(response, cancellationToken);
        return response;
    }
}
