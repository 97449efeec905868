using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.WebComponents.Api;

public static class ApiClientRegistration
{
    /// <summary>
    /// The typed <see cref="CineRadarApiClient"/> of the Api (found through service discovery as <c>api</c>) that sends
    /// the site's service key (<see cref="ApiOptions"/>) with every call.
    /// </summary>
    public static IHttpClientBuilder AddCineRadarApiClient(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName);
        services.AddTransient<ServiceKeyHandler>();
        services.AddTransient<SingleAttemptHandler>();
        return services.AddHttpClient<CineRadarApiClient>(client => client.BaseAddress = new("https+http://api"))
            .AddHttpMessageHandler<ServiceKeyHandler>()
            .AddHttpMessageHandler<SingleAttemptHandler>();
    }
}
