using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using CineRadar.Api.Security;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests;

/// <summary>
/// A key's principal: its kind of caller is a claim, and the Admin user's name and role are claims only beside the
/// Admin site's key, which by itself gives no role. The policies of the admin routes read those claims.
/// </summary>
[Collection(ApiSuite.Name)]
public sealed class RoleClaimTests(ApiFixture fixture)
{
    [Fact]
    public async Task ARoleHeaderWithAB2bOrPublicKeyGivesNoRole()
    {
        var b2b = await fixture.Api.IssueB2bKeyAsync("role forger", 1000);

        var partner = await PrincipalAsync(b2b, "olga", "operator");
        var publicSite = await PrincipalAsync(ApiFactory.PublicKey, "olga", "operator");

        Assert.Equal(CallerKinds.B2b, partner.FindFirst(CallerClaims.Kind)?.Value);
        Assert.Equal(CallerKinds.PublicSite, publicSite.FindFirst(CallerClaims.Kind)?.Value);
        Assert.All([partner, publicSite], principal =>
        {
            Assert.True(principal.Identity?.IsAuthenticated);
            Assert.False(principal.IsInRole("operator"));
            Assert.False(principal.IsInRole("analyst"));
            Assert.Null(principal.FindFirst(ClaimTypes.Role));
            Assert.Null(principal.FindFirst(ClaimTypes.Name));
        });
    }

    [Fact]
    public async Task TheAdminKeyNamesItsSignedInUserAndRoleAsClaims()
    {
        var signedIn = await PrincipalAsync(ApiFactory.AdminKey, "olga", "Operator");
        var nobody = await PrincipalAsync(ApiFactory.AdminKey, null, null);
        var unknownRole = await PrincipalAsync(ApiFactory.AdminKey, "olga", "boss");

        Assert.Equal(CallerKinds.AdminSite, signedIn.FindFirst(CallerClaims.Kind)?.Value);
        Assert.Equal("olga", signedIn.Identity?.Name);
        Assert.True(signedIn.IsInRole("operator"));
        Assert.All([nobody, unknownRole], principal =>
        {
            Assert.Equal(CallerKinds.AdminSite, principal.FindFirst(CallerClaims.Kind)?.Value);
            Assert.Null(principal.FindFirst(ClaimTypes.Role));
            Assert.Null(principal.Identity?.Name);
        });
    }

    [Fact]
    public async Task TheAdminKeyWithoutUserHeadersCannotGiveAnOperatorCommand()
    {
        using var site = fixture.Api.Client(ApiFactory.AdminKey);
        var name = $"keyless-{Guid.NewGuid():N}";

        using var refused = await site.PostAsJsonAsync(new Uri("/api/v1/admin/keys", UriKind.Relative), new { name, requestsPerMinute = 10 });

        var problem = await HttpAssert.ProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("X-CineRadar-User", out _), problem.ToString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("X-CineRadar-Role", out _), problem.ToString());
        Assert.DoesNotContain(await fixture.Api.Services.GetRequiredService<IApiKeyStore>().ListAsync(), k => k.Name == name);
    }

    [Fact]
    public async Task AnAnalystCannotGiveAnOperatorCommandAndAnOperatorCan()
    {
        using var analyst = fixture.Api.Analyst("andi");
        using var @operator = fixture.Api.Operator("olga");
        var name = $"by-role-{Guid.NewGuid():N}";

        using var refused = await analyst.PostAsJsonAsync(new Uri("/api/v1/admin/keys", UriKind.Relative), new { name, requestsPerMinute = 10 });
        var keysAfterRefusal = await fixture.Api.Services.GetRequiredService<IApiKeyStore>().ListAsync();
        using var created = await @operator.PostAsJsonAsync(new Uri("/api/v1/admin/keys", UriKind.Relative), new { name, requestsPerMinute = 10 });

        var problem = await HttpAssert.ProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal("Only an operator may give this command.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(keysAfterRefusal, k => k.Name == name);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        var entry = (await fixture.Api.Services.GetRequiredService<IAuditStore>().ListAsync(200)).Single(e => e.Target == id);
        Assert.Equal(("olga", "operator", "key.create"), (entry.User, entry.Role, entry.Action));
    }

    /// <summary>The principal the Api's key authentication gives a request with these headers.</summary>
    private async Task<ClaimsPrincipal> PrincipalAsync(string key, string? user, string? role)
    {
        using var scope = fixture.Api.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Headers[CallerHeaders.ApiKey] = key;
        if (user is not null)
        {
            http.Request.Headers[CallerHeaders.User] = user;
        }

        if (role is not null)
        {
            http.Request.Headers[CallerHeaders.Role] = role;
        }

        var result = await http.RequestServices.GetRequiredService<IAuthenticationService>().AuthenticateAsync(http, ApiKeyAuthentication.SchemeName);
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result.Principal;
    }
}
