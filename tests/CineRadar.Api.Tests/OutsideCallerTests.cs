using System.Net;
using System.Text.RegularExpressions;
using CineRadar.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>
/// The Api faces the internet: from outside (no key, an unknown key, a B2B key, each with or without forged Admin user
/// headers), every route under <c>/api/v1/admin</c>, with every method it declares, answers 401 or 403; and the Admin
/// user headers count only with the Admin site's service key.
/// </summary>
[Collection(ApiSuite.Name)]
public sealed partial class OutsideCallerTests(ApiFixture fixture)
{
    private const string AdminPrefix = "/api/v1/admin";
    private const string SnowflakeId = "1100000000000000007";

    private static readonly (string Name, string Value)[] ForgedOperator = [("X-CineRadar-User", "admin"), ("X-CineRadar-Role", "operator")];

    [Fact]
    public async Task NoAdminRouteAnswersAnOutsideCallerWithAnythingButARefusal()
    {
        var routes = AdminRoutes();
        Assert.Contains(("GET", $"{AdminPrefix}/site/data-protection-keys"), routes);
        Assert.Contains(("POST", $"{AdminPrefix}/site/data-protection-keys"), routes);
        Assert.Contains(("POST", $"{AdminPrefix}/site/sign-in-failures"), routes);
        Assert.Contains(("DELETE", $"{AdminPrefix}/keys/{SnowflakeId}"), routes);
        var b2b = await fixture.Api.IssueB2bKeyAsync("outside partner", 100_000);
        var callers = new (string Who, string? Key, (string, string)[] Headers)[]
        {
            ("no key", null, []),
            ("no key, forged operator headers", null, ForgedOperator),
            ("an unknown key, forged operator headers", "crk_00000000000000000000000000000000", ForgedOperator),
            ("a B2B key", b2b, []),
            ("a B2B key, forged operator headers", b2b, ForgedOperator),
        };

        var answered = new List<string>();
        foreach (var (who, key, headers) in callers)
        {
            foreach (var (method, url) in routes)
            {
                using var response = await SendAsync(key, headers, method, url);
                if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
                {
                    answered.Add($"{method} {url} with {who}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(answered.Count == 0, string.Join(Environment.NewLine, answered));
    }

    [Fact]
    public async Task AdminUserHeadersCountOnlyWithTheAdminSiteKey()
    {
        var b2b = await fixture.Api.IssueB2bKeyAsync("header forger", 100_000);
        var keys = $"{AdminPrefix}/keys";
        const string Body = """{"name":"made by headers","requestsPerMinute":10}""";

        using var asOperator = await SendAsync(ApiFactory.AdminKey, ForgedOperator, "POST", keys, Body);
        using var asAnalyst = await SendAsync(ApiFactory.AdminKey, [("X-CineRadar-User", "andi"), ("X-CineRadar-Role", "analyst")], "POST", keys, Body);
        using var withPublicKey = await SendAsync(ApiFactory.PublicKey, ForgedOperator, "POST", keys, Body);
        using var withB2bKey = await SendAsync(b2b, ForgedOperator, "POST", keys, Body);

        Assert.Equal(HttpStatusCode.Created, asOperator.StatusCode);
        await HttpAssert.ProblemAsync(asAnalyst, HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(withPublicKey, HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(withB2bKey, HttpStatusCode.Forbidden);

        using var readWithPublicKey = await SendAsync(ApiFactory.PublicKey, ForgedOperator, "GET", $"{AdminPrefix}/audit");
        await HttpAssert.ProblemAsync(readWithPublicKey, HttpStatusCode.Forbidden);
        using var readWithB2bKey = await SendAsync(b2b, ForgedOperator, "GET", $"{AdminPrefix}/site/data-protection-keys");
        await HttpAssert.ProblemAsync(readWithB2bKey, HttpStatusCode.Forbidden);
    }

    /// <summary>Every admin route with every method it declares, its route parameters filled with plausible values.</summary>
    private List<(string Method, string Url)> AdminRoutes()
    {
        var endpoints = fixture.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<(string, string)>();
        foreach (var endpoint in endpoints)
        {
            var url = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            if (!url.StartsWith(AdminPrefix + "/", StringComparison.Ordinal) && url != AdminPrefix)
            {
                continue;
            }

            var filled = RouteParameter().Replace(url, m => m.Groups[1].Value.Contains("date", StringComparison.OrdinalIgnoreCase) ? "2026-01-11" : SnowflakeId);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST", "PUT", "DELETE", "PATCH"];
            routes.AddRange(methods.Select(method => (method, filled)));
        }

        return routes;
    }

    private async Task<HttpResponseMessage> SendAsync(string? key, (string Name, string Value)[] headers, string method, string url, string? body = null)
    {
        using var http = fixture.Api.Client(key);
        using var request = HttpAssert.Request(method, url, body ?? (method is "POST" or "PUT" or "PATCH" ? "{}" : null));
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await http.SendAsync(request);
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
