using System.Globalization;
using CineRadar.Contracts;
using CineRadar.WebComponents.Api;
using CineRadar.WebComponents.Live;
using Microsoft.Extensions.Options;

namespace CineRadar.Public.Live;

/// <summary>
/// The one watcher of the Api's data version in this site process: it asks <c>/api/v1/data-version</c> every
/// <see cref="LiveOptions.PollInterval"/> while at least one live page is open, whatever their number.
/// </summary>
public sealed class DataVersionWatch : IDisposable
{
    private readonly SharedPoll<DataVersion> _poll;

    public DataVersionWatch(IServiceScopeFactory scopes, IOptions<LiveOptions> options, TimeProvider clock, ILogger<DataVersionWatch> logger) =>
        _poll = new SharedPoll<DataVersion>(
            async ct =>
            {
                await using var scope = scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<CineRadarApiClient>().GetDataVersionAsync(ct);
            },
            v => v.Version.ToString(CultureInfo.InvariantCulture),
            options.Value.PollInterval,
            clock,
            logger);

    /// <summary>The version live pages are showing now, while any is open; a page rendered with it needs no fetch when its stream opens.</summary>
    public string? Current => _poll.Latest?.Stamp;

    public void Dispose() => _poll.Dispose();

    /// <summary>A <c>change</c> event with the current version, then one per new version.</summary>
    public async IAsyncEnumerable<LiveEvent> EventsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var version in _poll.WatchAsync(cancellationToken))
        {
            yield return new LiveEvent(LiveEvent.Change, version.Stamp);
        }
    }
}
