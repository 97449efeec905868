using Microsoft.Extensions.Configuration;

namespace CineRadar.AppHost;

/// <summary>
/// Where the scraper finds TIX: the real app and API when TIX credentials are configured (and always in publish mode),
/// otherwise the local TIX sandbox with the sandbox's own demo account.
/// </summary>
internal static class TixWiring
{
    public const string RealAppUrl = "https://app.tix.id";
    public const string RealApiUrl = "https://api-b2b.tix.id";

    public static bool IsSandbox(IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsRunMode
        && (string.IsNullOrWhiteSpace(builder.Configuration["Parameters:tix-phone"])
            || string.IsNullOrWhiteSpace(builder.Configuration["Parameters:tix-password"]));

    /// <summary>
    /// Adds the TIX sandbox (run mode only, never in the manifest) with its app and API on two origins. Both endpoints
    /// are not proxied, so the browser sees the ports the sandbox binds and the API's CORS origin stays right.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddTixSandbox(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddProject<Projects.CineRadar_TixSandbox>(name, launchProfileName: null)
            .WithHttpEndpoint(name: "app", env: "Sandbox__AppPort", isProxied: false)
            .WithHttpEndpoint(name: "api", env: "Sandbox__ApiPort", isProxied: false)
            .WithEnvironment("Sandbox__Contract__Seed", builder.Configuration["Sandbox:Contract:Seed"] ?? "0")
            .WithHttpHealthCheck("/health", endpointName: "api")
            .ExcludeFromManifest();

    /// <summary>Points a scraper at the sandbox, handing it the demo account from the sandbox's own settings.</summary>
    public static IResourceBuilder<ProjectResource> WithSandboxTix(
        this IResourceBuilder<ProjectResource> scraper, IResourceBuilder<ProjectResource> sandbox)
    {
        var account = ReadSandboxDemoAccount();
        return scraper
            .WithEnvironment("Tix__Source", "sandbox")
            .WithEnvironment("Tix__AppUrl", sandbox.GetEndpoint("app"))
            .WithEnvironment("Tix__ApiUrl", sandbox.GetEndpoint("api"))
            .WithEnvironment("Tix__Phone", account.Phone)
            .WithEnvironment("Tix__Password", account.Password)
            .WithEnvironment("Tix__Browser__RenderWait", "00:00:01")
            .WithEnvironment("Geocoder__BaseUrl", ReferenceExpression.Create($"{sandbox.GetEndpoint("api")}/nominatim/"))
            .WaitFor(sandbox);
    }

    /// <summary>Points a scraper at real TIX with the phone and password from secret parameters.</summary>
    public static IResourceBuilder<ProjectResource> WithRealTix(
        this IResourceBuilder<ProjectResource> scraper,
        IResourceBuilder<ParameterResource> phone,
        IResourceBuilder<ParameterResource> password) =>
        scraper
            .WithEnvironment("Tix__Source", "tix")
            .WithEnvironment("Tix__AppUrl", RealAppUrl)
            .WithEnvironment("Tix__ApiUrl", RealApiUrl)
            .WithEnvironment("Tix__Phone", phone)
            .WithEnvironment("Tix__Password", password);

    private static (string Phone, string Password) ReadSandboxDemoAccount()
    {
        var projectDirectory = Path.GetDirectoryName(new Projects.CineRadar_TixSandbox().ProjectPath)!;
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(projectDirectory, "appsettings.json"), optional: false)
            .Build();
        var phone = settings["Sandbox:DemoAccount:Phone"];
        var password = settings["Sandbox:DemoAccount:Password"];
        if (string.IsNullOrEmpty(phone) || string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException("The TIX sandbox's appsettings.json has no Sandbox:DemoAccount phone and password.");
        }

        return (phone, password);
    }
}
