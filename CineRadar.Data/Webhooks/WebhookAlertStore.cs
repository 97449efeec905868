using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using Microsoft.Extensions.Logging;

namespace CineRadar.Data.Webhooks;

/// <summary>
/// The alert store, with every alert that becomes active (and every one resolved) posted to the operators' webhooks
/// through the outbox. The alert is recorded first; a failure to post is logged and never fails the alert.
/// </summary>
/// <typeparam name="TStored">The adapter's alert store, which this wraps.</typeparam>
internal sealed class WebhookAlertStore<TStored>(TStored inner, WebhookOutbox outbox, TimeProvider clock, ILogger<WebhookAlertStore<TStored>> logger) : IAlertStore
    where TStored : IAlertStore
{
    public async Task<Alert> RaiseAsync(string code, string subject, AlertSeverity severity, string message, CancellationToken cancellationToken = default)
    {
        var alert = await inner.RaiseAsync(code, subject, severity, message, cancellationToken);
        if (alert.Occurrences == 1)
        {
            await PostAsync(WebhookMessage.AlertRaised(alert), cancellationToken);
        }

        return alert;
    }

    public async Task<bool> ResolveAsync(string code, string subject, CancellationToken cancellationToken = default)
    {
        var resolved = await inner.ResolveAsync(code, subject, cancellationToken);
        if (resolved)
        {
            await PostAsync(WebhookMessage.AlertResolved(code, subject, clock.GetUtcNow()), cancellationToken);
        }

        return resolved;
    }

    public Task<IReadOnlyList<Alert>> ListAsync(int limit, CancellationToken cancellationToken = default) => inner.ListAsync(limit, cancellationToken);

    private async Task PostAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.PostAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The {Event} webhooks for {Key} could not be queued", message.Event, message.Key);
        }
    }
}
