using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests.Support;

/// <summary>The Api in-process on a given SQLite file and clock, with test service keys and any extra settings.</summary>
public sealed class ApiFactory(string databasePath, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<ApiEntryPoint>
{
    public const string PublicKey = "public-service-key-for-tests-0123456789";
    public const string AdminKey = "admin-service-key-for-tests-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Provider", "Sqlite");
        builder.UseSetting("Store:Sqlite:Path", databasePath);
        builder.UseSetting("ConnectionStrings:cache", "");
        builder.UseSetting("ApiKeys:Services:public", PublicKey);
        builder.UseSetting("ApiKeys:Services:admin", AdminKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(clock);
            services?.Invoke(s);
        });
    }

    /// <summary>A client sending <paramref name="key"/> and, for the Admin site, the signed-in user's name and role.</summary>
    public HttpClient Client(string? key, string? user = null, string? role = null)
    {
        var http = CreateClient();
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        if (user is not null)
        {
            http.DefaultRequestHeaders.Add("X-CineRadar-User", user);
        }

        if (role is not null)
        {
            http.DefaultRequestHeaders.Add("X-CineRadar-Role", role);
        }

        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }

    public HttpClient PublicSite() => Client(PublicKey);

    public HttpClient Operator(string user = "olga") => Client(AdminKey, user, "operator");

    public HttpClient Analyst(string user = "andi") => Client(AdminKey, user, "analyst");

    /// <summary>Issues a B2B key the way the Admin site does (an operator's command) and returns its secret.</summary>
    public async Task<string> IssueB2bKeyAsync(string name, int requestsPerMinute)
    {
        using var admin = Operator();
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/admin/keys", UriKind.Relative), new { name, requestsPerMinute });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }
}
