using CineRadar.Api.Validation;
using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using CineRadar.Data.Webhooks;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Webhooks;

/// <summary>
/// Creating a webhook, for the Admin's operators and for B2B keys alike: the URL checked (<see cref="WebhookTargets"/>),
/// the events and format among those the owner may have, a fresh signing secret kept only encrypted, and the answer
/// carrying that secret this once.
/// </summary>
internal sealed class WebhookRegistrations(
    IWebhookStore store,
    WebhookSecretProtector secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock)
{
    private static readonly Dictionary<string, string> Formats =
        WebhookFormats.All.ToDictionary(f => f, f => f, StringComparer.OrdinalIgnoreCase);

    /// <summary>The new webhook and its secret, or the request's problems (null webhook).</summary>
    public async Task<(CreatedWebhook? Created, Parameters Problems)> CreateAsync(
        string? keyId, CreateWebhookRequest? request, string createdBy, CancellationToken cancellationToken)
    {
        var parameters = new Parameters();
        var allowed = keyId is null ? WebhookEvents.ForOperators : WebhookEvents.ForKeys;
        var url = request?.Url?.Trim();
        if (WebhookTargets.Problem(url, options.Value.AllowLocalTargets) is { } urlProblem)
        {
            parameters.Fail("url", urlProblem, "");
        }

        var events = (request?.Events ?? []).Select(e => e?.Trim().ToLowerInvariant()).Distinct().ToList();
        if (events.Count == 0 || events.Any(e => e is null || !allowed.Contains(e)))
        {
            parameters.Fail("events", $"Name one or more of: {string.Join(", ", allowed)}.", "");
        }

        var format = keyId is null
            ? parameters.Choice("format", request?.Format, Formats, WebhookFormats.Generic, required: true)
            : parameters.Choice("format", request?.Format, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [WebhookFormats.Generic] = WebhookFormats.Generic }, WebhookFormats.Generic);
        if (!parameters.IsValid)
        {
            return (null, parameters);
        }

        var secret = WebhookSignature.NewSecret();
        var subscription = new WebhookSubscription(
            $"wh_{Guid.NewGuid():N}", keyId, url!, format, events.OfType<string>().ToList(), secrets.Protect(secret), createdBy, clock.GetUtcNow());
        await store.AddSubscriptionAsync(subscription, cancellationToken);
        return (new CreatedWebhook(Contracts.WebhookMapping.From(subscription), secret), parameters);
    }

    /// <summary>Whether the key has reached <see cref="WebhookOptions.MaxSubscriptionsPerKey"/>.</summary>
    public async Task<bool> IsFullAsync(string keyId, CancellationToken cancellationToken) =>
        (await store.ListSubscriptionsAsync(cancellationToken)).Count(s => s.KeyId == keyId) >= options.Value.MaxSubscriptionsPerKey;

    public int MaxPerKey => options.Value.MaxSubscriptionsPerKey;
}
