using System.Net;
using CineRadar.Admin.Auth;

namespace CineRadar.Admin.Tests;

public sealed class SignInTests : IClassFixture<AdminSite>
{
    private readonly AdminSite _site;

    public SignInTests(AdminSite site) => _site = site;

    [Theory]
    [InlineData("/")]
    [InlineData("/logout")]
    [InlineData("/forbidden")]
    [InlineData("/runs")]
    [InlineData("/analytics/occupancy?by=city")]
    [InlineData("/cinemas/t1")]
    [InlineData("/keys")]
    [InlineData("/export/leaderboard.csv")]
    [InlineData("/live/runs/run-1")]
    public async Task AnonymousVisitorIsSentToSignIn(string path)
    {
        using var browser = _site.Browser();

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAndTheSignInPageNeedNoSignIn()
    {
        using var browser = _site.Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
        Assert.Contains("Sign in", await browser.GetStringAsync("/login"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithoutSayingWhichPartWasWrong()
    {
        using var browser = _site.Browser();

        using var wrongPassword = await AdminSite.SignInAsync(browser, AdminSite.OperatorName, "not it");
        using var unknownName = await AdminSite.SignInAsync(browser, "nobody", "not it");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains("Wrong name or password.", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Wrong name or password.", await unknownName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(wrongPassword.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("cineradar.admin=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task EverySignInIsRecordedWithTheNameUsedButNeverThePassword()
    {
        using var browser = _site.Browser();
        _site.Api.Answer(HttpMethod.Post, "/api/v1/admin/sign-ins", HttpStatusCode.NoContent);

        using var refused = await AdminSite.SignInAsync(browser, "mallory", "guess-1234");
        using var signedIn = await AdminSite.SignInAsync(browser, AdminSite.AnalystName, AdminSite.AnalystPassword);

        var records = _site.Api.Sent(HttpMethod.Post, "/api/v1/admin/sign-ins")
            .Select(r => System.Text.Json.JsonDocument.Parse(r.Body!).RootElement)
            .Where(r => r.GetProperty("user").GetString() is "mallory" or AdminSite.AnalystName)
            .ToList();
        Assert.Equal(
            [("mallory", false, "password", "wrong name or password"), (AdminSite.AnalystName, true, "password", (string?)null)],
            records.Select(r => (r.GetProperty("user").GetString(), r.GetProperty("succeeded").GetBoolean(), r.GetProperty("method").GetString(), r.GetProperty("reason").GetString())));
        Assert.Equal("analyst", records[1].GetProperty("role").GetString());
        Assert.DoesNotContain(_site.Api.Sent(HttpMethod.Post, "/api/v1/admin/sign-ins"), r => r.Body!.Contains("guess-1234", StringComparison.Ordinal) || r.Body.Contains(AdminSite.AnalystPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OperatorSignsInAndLandsWhereTheyWereGoing()
    {
        using var browser = _site.Browser();

        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.OperatorName, AdminSite.OperatorPassword, "/forbidden");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(("localhost", "/forbidden"), (signIn.Headers.Location!.Host, signIn.Headers.Location.AbsolutePath));
        var overview = await browser.GetStringAsync("/");
        Assert.Contains("dewi (operator)", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalystSignsInWithAStoredHash()
    {
        using var browser = _site.Browser();

        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.AnalystName, AdminSite.AnalystPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("rudi (analyst)", await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task ReturnAddressOffTheSiteIsIgnored(string returnUrl)
    {
        using var browser = _site.Browser();

        using var signIn = await AdminSite.SignInAsync(browser, AdminSite.AnalystName, AdminSite.AnalystPassword, returnUrl);

        Assert.Equal(("localhost", "/"), (signIn.Headers.Location!.Host, signIn.Headers.Location.AbsolutePath));
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var browser = _site.Browser();
        await AdminSite.SignInAsync(browser, AdminSite.OperatorName, AdminSite.OperatorPassword);
        var token = await AdminSite.AntiforgeryTokenAsync(browser, "/logout");

        using var signOut = await browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "logout",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task FormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        using var browser = _site.Browser();

        using var response = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Name"] = AdminSite.OperatorName,
            ["Input.Password"] = AdminSite.OperatorPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
