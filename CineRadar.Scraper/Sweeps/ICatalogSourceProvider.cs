using CineRadar.Scraper.Configuration;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Sweeps;

/// <summary>The catalog source the configured mode (<c>Tix:Mode</c>) calls for.</summary>
public interface ICatalogSourceProvider
{
    ICatalogSource Current { get; }
}

public sealed class CatalogSourceProvider(IOptions<TixOptions> options, IServiceProvider services) : ICatalogSourceProvider
{
    public ICatalogSource Current => options.Value.Mode == SweepMode.Browser
        ? services.GetRequiredService<BrowserCatalogSource>()
        : services.GetRequiredService<ApiCatalogSource>();
}
