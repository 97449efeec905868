using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.WebComponents.Api;

public static class ApiClientRegistration
{
    /// <summary>
    /// A typed client of the Api (found through service discovery as <c>api</c>) that sends the site's service key
    /// (<see cref="ApiOptions"/>) with every call.
    /// </summary>
    public static IHttpClientBuilder AddCineRadarApiClient<TClient>(this IServiceCollection services)
        where TClient : class
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName);
        services.AddTransient<ServiceKeyHandler>();
        return services.AddHttpClient<TClient>(client => client.BaseAddress = new("https+http://api"))
            .AddHttpMessageHandler<ServiceKeyHandler>();
    }
}
