using CineRadar.Core.Runs;
using CineRadar.Core.Stores;
using CineRadar.Scraper.Tix;
using CineRadar.Scraper.Tokens;

namespace CineRadar.Scraper.Runs;

/// <summary>
/// Token runs, queued from the Admin: a refresh of the access token or a browser login, done by the scraper (which
/// holds the TIX secrets) and reported like any run.
/// </summary>
public sealed class TokenRuns(IRunStore runs, TixTokenService tokens)
{
    public async Task DoAsync(WorkItemLease lease, CancellationToken cancellationToken)
    {
        try
        {
            var record = lease.Kind == RunKind.TokenLogin
                ? await tokens.LoginNowAsync(cancellationToken)
                : await tokens.RefreshNowAsync(cancellationToken);
            var note = $"access token expires {record.AccessExpiresAt:u}; refresh token {record.RefreshExpiresAt:u}";
            await runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Ok, note, 0, 0, 0, 0), [], cancellationToken);
        }
        catch (Exception ex) when (ex is TixLoginException or InvalidOperationException or TixRequestException or HttpRequestException)
        {
            await runs.CompleteAsync(lease, WorkItemOutcome.Failed(ex.Message), [], cancellationToken);
        }
    }

    public async Task FinishAsync(WorkItemLease publishLease, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(publishLease.RunId, cancellationToken);
        var failed = run?.Cities.FirstOrDefault(i => i.Status == WorkItemStatus.Failed);
        await runs.FinishAsync(publishLease, failed is null ? RunStatus.Success : RunStatus.Failed, failed?.Reason, cancellationToken);
    }
}
