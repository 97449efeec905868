using System.Net;
using CineRadar.Api.Tests.Support;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Tests;

[Collection(ApiSuite.Name)]
public sealed class ErrorTests(ApiFixture fixture)
{
    [Fact]
    public async Task StoreFailureIs500ProblemDetailsWithoutItsDetails()
    {
        await using var api = fixture.NewApi(services: StoreCalls.Break<ICatalogStore>);
        using var http = api.PublicSite();

        using var response = await http.GetAsync(new Uri("/api/v1/movies", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        await HttpAssert.ProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret internals", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
