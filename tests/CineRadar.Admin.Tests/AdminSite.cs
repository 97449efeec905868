using System.Net;
using System.Text.RegularExpressions;
using CineRadar.Admin.Auth;
using CineRadar.WebComponents.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Http.Resilience;

namespace CineRadar.Admin.Tests;

/// <summary>
/// The Admin site in memory, with an operator (password from a secret) and an analyst (a stored hash), talking to a
/// <see cref="StubApi"/>, or to a real Api when <see cref="RealApi"/> is set (retries without delay, so that an Api that
/// is down fails fast). Its logs are collected.
/// </summary>
public sealed partial class AdminSite : WebApplicationFactory<Program>
{
    public const string OperatorName = "dewi";
    public const string OperatorPassword = "correct horse battery staple";
    public const string AnalystName = "rudi";
    public const string AnalystPassword = "analyst-pass-2026";

    public StubApi Api { get; } = new();

    /// <summary>A real Api to talk to instead of <see cref="Api"/>, with the Admin site's service key.</summary>
    public SharedApi? RealApi { get; init; }

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            services.AddHttpClient<CineRadarApiClient>().ConfigurePrimaryHttpMessageHandler(() => RealApi?.CreateHandler() ?? Api);
            services.ConfigureAll<HttpStandardResilienceOptions>(options => options.Retry.Delay = TimeSpan.Zero);
            services.AddFakeLogging();
        });
        if (RealApi is not null)
        {
            builder.UseSetting("Api:Key", SharedApi.AdminKey);
        }

        builder.UseSetting("Admin:Users:0:Name", OperatorName);
        builder.UseSetting("Admin:Users:0:Role", Roles.Operator);
        builder.UseSetting("Admin:Users:0:Password", OperatorPassword);
        builder.UseSetting("Admin:Users:1:Name", AnalystName);
        builder.UseSetting("Admin:Users:1:Role", Roles.Analyst);
        builder.UseSetting("Admin:Users:1:PasswordHash", PasswordHashes.Hash(AnalystPassword));
        builder.UseSetting("services:api:http:0", "http://127.0.0.1:9");
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Fills the sign-in form as a browser does: its anti-forgery token included.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string name, string password, string returnUrl = "/")
    {
        var path = $"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var token = await AntiforgeryTokenAsync(browser, path);
        return await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = name,
            ["Input.Password"] = password,
        }));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string path)
    {
        var page = await browser.GetStringAsync(path);
        return WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
