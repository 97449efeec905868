using System.Net;
using CineRadar.WebComponents.Api;
using CineRadar.WebComponents.Formatting;
using Microsoft.AspNetCore.Components;

namespace CineRadar.Public.Components.Pages;

/// <summary>
/// A page whose content comes from the Api: it loads once per request and answers the friendly 404 page when the Api
/// knows no such movie, city, theatre, showtime or date (a not-found lookup, or an id or date the Api refuses to read
/// with 400). Any other <see cref="ApiException"/> goes on to the exception handler, which gives the 503 page.
/// </summary>
public abstract class DataPage : ComponentBase
{
    [Inject]
    protected CineRadarApiClient Api { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [Inject]
    protected TimeProvider Clock { get; set; } = null!;

    /// <summary>Today's national business date (WIB).</summary>
    protected DateOnly Today => LocalTimes.Today(Clock);

    protected override async Task OnParametersSetAsync()
    {
        if (!await LoadNamedAsync())
        {
            Navigation.NotFound();
        }
    }

    /// <summary>Reads the page's data; false when what the URL names does not exist.</summary>
    protected abstract Task<bool> LoadAsync();

    private async Task<bool> LoadNamedAsync()
    {
        try
        {
            return await LoadAsync();
        }
        catch (ApiException ex) when (ex.Status == HttpStatusCode.BadRequest)
        {
            return false;
        }
    }

    /// <summary>The dates worth offering: today and later (presales), and the one shown.</summary>
    protected IReadOnlyList<DateOnly> Offered(IEnumerable<DateOnly> dates, DateOnly shown) =>
        dates.Where(d => d >= Today).Append(shown).Distinct().Order().ToList();
}
