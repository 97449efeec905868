extern alias CineRadarApi;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using ApiEntryPoint = CineRadarApi::CineRadar.Api.ApiEntryPoint;

namespace CineRadar.Admin.Tests;

/// <summary>
/// The real CineRadar Api in memory on its own SQLite file: the one Api and store that several replicas of the Admin
/// site share, as deployed.
/// </summary>
public sealed class SharedApi : WebApplicationFactory<ApiEntryPoint>
{
    public const string AdminKey = "admin-service-key-for-admin-tests-0123456789";
    public const string PublicKey = "public-service-key-for-admin-tests-0123456789";

    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-admin-").FullName;

    public HttpMessageHandler CreateHandler() => Server.CreateHandler();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Provider", "Sqlite");
        builder.UseSetting("Store:Sqlite:Path", Path.Combine(_directory, "cineradar.db"));
        builder.UseSetting("ConnectionStrings:cache", "");
        builder.UseSetting("ApiKeys:Services:admin", AdminKey);
        builder.UseSetting("ApiKeys:Services:public", PublicKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
