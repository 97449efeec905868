using CineRadar.Public.Services;
using CineRadar.WebComponents.Formatting;
using Microsoft.AspNetCore.Components;

namespace CineRadar.Public.Components.Pages;

/// <summary>
/// A page whose content comes from the Api: it loads once per request and answers the friendly 404 page when the Api
/// knows no such movie, city, theatre, showtime or date. An Api that cannot answer throws, which gives the 503 page.
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
        if (!await LoadAsync())
        {
            Navigation.NotFound();
        }
    }

    /// <summary>Reads the page's data; false when what the URL names does not exist.</summary>
    protected abstract Task<bool> LoadAsync();

    /// <summary>The dates worth offering: today and later (presales), and the one shown.</summary>
    protected IReadOnlyList<DateOnly> Offered(IEnumerable<DateOnly> dates, DateOnly shown) =>
        dates.Where(d => d >= Today).Append(shown).Distinct().Order().ToList();
}
