using CineRadar.Core.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CineRadar.Data.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>The <c>Webhooks</c> settings, the outbox and the secrets' protector, over the registered store.</summary>
    public static IServiceCollection AddWebhookOutbox(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName)
            .Validate(o => o.MaxAttempts >= 1 && o.MaxSubscriptionsPerKey >= 0 && o.MaxResponseBytes > 0, "Webhooks settings are out of range.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WebhookOutbox>();
        services.TryAddSingleton<WebhookSecretProtector>();
        return services;
    }
}
