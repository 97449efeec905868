using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CineRadar.Data.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Webhooks</c> settings, the outbox, the secrets' protector, and the registered alert store wrapped so that
    /// alerts reach the operators' webhooks. Call after <c>AddCineRadarStore</c>.
    /// </summary>
    public static IServiceCollection AddWebhookOutbox(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName)
            .Validate(o => o.MaxAttempts >= 1 && o.MaxSubscriptionsPerKey >= 0 && o.MaxResponseBytes > 0, "Webhooks settings are out of range.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WebhookOutbox>();
        services.TryAddSingleton<WebhookSecretProtector>();

        var alerts = services.LastOrDefault(d => d.ServiceType == typeof(IAlertStore));
        if (alerts?.ImplementationType is { } stored && !(stored.IsGenericType && stored.GetGenericTypeDefinition() == typeof(WebhookAlertStore<>)))
        {
            services.Remove(alerts);
            services.AddSingleton(stored);
            services.AddSingleton(typeof(IAlertStore), typeof(WebhookAlertStore<>).MakeGenericType(stored));
        }

        return services;
    }
}
