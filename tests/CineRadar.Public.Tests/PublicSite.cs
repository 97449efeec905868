using CineRadar.WebComponents.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace CineRadar.Public.Tests;

/// <summary>The Public site in memory, reading a <see cref="StubApi"/>, on a clock held at <see cref="Samples.Now"/>.</summary>
public sealed class PublicSite : WebApplicationFactory<Program>
{
    public const string ServiceKey = "public-service-key-for-tests";

    public StubApi Api { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Samples.Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("services:api:http:0", "http://api.test");
        builder.UseSetting("Api:Key", ServiceKey);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpClient<CineRadarApiClient>().ConfigurePrimaryHttpMessageHandler(() => Api);
            // No waiting between retries: an unreachable Api gives its page at once.
            services.PostConfigureAll<HttpStandardResilienceOptions>(options =>
            {
                options.Retry.MaxRetryAttempts = 1;
                options.Retry.Delay = TimeSpan.Zero;
                options.Retry.UseJitter = false;
            });
        });
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
