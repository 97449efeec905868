using CineRadar.Contracts;

namespace CineRadar.WebComponents.Api;

// The Public site's one command: a visitor opened a showtime's page (the Api decides whether that asks for a reading).
public sealed partial class CineRadarApiClient
{
    public Task<VisitorReadingAnswer> AskForVisitorReadingAsync(string showtimeId, CancellationToken cancellationToken = default) =>
        SendAsync<VisitorReadingAnswer>(HttpMethod.Post, $"{V1}/showtimes/{Segment(showtimeId)}/visitor-reading", null, cancellationToken);
}
