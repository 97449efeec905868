using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CineRadar.Admin.Services;
using CineRadar.Contracts;
using CineRadar.WebComponents.Api;
using CineRadar.WebComponents.Live;
using Microsoft.Extensions.Options;

namespace CineRadar.Admin.Operations;

/// <summary>
/// One watch per run that any run page of this process is streaming: it asks the Api for the run every
/// <see cref="LiveOptions.PollInterval"/> while anyone watches it, in the name of whoever opened it first, and tells
/// each page when the run changed, then that it ended.
/// </summary>
public sealed class RunWatches(IServiceScopeFactory scopes, IOptions<LiveOptions> options, TimeProvider clock, ILogger<RunWatches> logger) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Watch> _watches = new(StringComparer.Ordinal);

    private sealed class Watch(SharedPoll<Run?> poll)
    {
        public SharedPoll<Run?> Poll { get; } = poll;

        public int Watchers { get; set; }
    }

    /// <summary>A <c>change</c> event with the run's stamp now and whenever it changes; <c>end</c> (and no more) once it is finished or gone.</summary>
    public async IAsyncEnumerable<LiveEvent> EventsAsync(string runId, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var poll = Enter(runId, user);
        try
        {
            await foreach (var reading in poll.WatchAsync(cancellationToken))
            {
                if (reading.Value is not null)
                {
                    yield return new LiveEvent(LiveEvent.Change, reading.Stamp);
                }

                if (reading.Value is not { IsFinished: false })
                {
                    yield return new LiveEvent(LiveEvent.End, reading.Value?.Status ?? "gone");
                    yield break;
                }
            }
        }
        finally
        {
            Leave(runId);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var watch in _watches.Values)
            {
                watch.Poll.Dispose();
            }

            _watches.Clear();
        }
    }

    private SharedPoll<Run?> Enter(string runId, ClaimsPrincipal user)
    {
        lock (_gate)
        {
            if (!_watches.TryGetValue(runId, out var watch))
            {
                watch = new Watch(new SharedPoll<Run?>(ct => ReadAsync(runId, user, ct), Stamp, options.Value.PollInterval, clock, logger));
                _watches[runId] = watch;
            }

            watch.Watchers++;
            return watch.Poll;
        }
    }

    private void Leave(string runId)
    {
        lock (_gate)
        {
            if (_watches.TryGetValue(runId, out var watch) && --watch.Watchers == 0)
            {
                watch.Poll.Dispose();
                _watches.Remove(runId);
            }
        }
    }

    private async Task<Run?> ReadAsync(string runId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ApiIdentity.Current = user;
        await using var scope = scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CineRadarApiClient>().FindRunAsync(runId, cancellationToken)).Value;
    }

    /// <summary>What the run page shows changes exactly when the run's answer does; the same on every replica.</summary>
    private static string Stamp(Run? run) =>
        run is null ? "gone" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(run, Json))))[..16];
}
