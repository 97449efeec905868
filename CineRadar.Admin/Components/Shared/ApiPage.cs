using CineRadar.Admin.Auth;
using CineRadar.WebComponents.Api;
using CineRadar.WebComponents.Navigation;
using Microsoft.AspNetCore.Components;

namespace CineRadar.Admin.Components.Shared;

/// <summary>
/// A page that reads the Api: a failed call becomes <see cref="Problem"/>, a message the page shows instead of its
/// figures, never an error page; a lookup of something the Api does not know gives the not-found page (404). Knows
/// whether the signed-in person is an operator.
/// </summary>
public abstract class ApiPage : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected CineRadarApiClient Api { get; set; } = default!;

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>What went wrong with the last Api call, to show; null when all went well.</summary>
    protected string? Problem { get; set; }

    protected bool IsOperator => HttpContext.User.IsInRole(Roles.Operator);

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected async Task<T?> TryAsync<T>(Func<CancellationToken, Task<T>> call)
    {
        try
        {
            return await call(Aborted);
        }
        catch (ApiException ex)
        {
            Problem = ex.Message;
            return default;
        }
    }

    /// <summary>A lookup: its value; null with the not-found page when the Api knows no such thing, or with <see cref="Problem"/> when the call failed.</summary>
    protected async Task<T?> FindAsync<T>(Func<CancellationToken, Task<ApiResult<T>>> lookup)
        where T : class
    {
        var result = await TryAsync(lookup);
        if (result is { IsFound: false })
        {
            Navigation.NotFound();
        }

        return result?.Value;
    }

    /// <summary>
    /// A lookup for something chosen on the page (a range, a pair of movies): its value; null with the Api's own words in
    /// <see cref="Problem"/> when it knows no such thing, so that the page and its form stay.
    /// </summary>
    protected async Task<T?> LookUpAsync<T>(Func<CancellationToken, Task<ApiResult<T>>> lookup)
        where T : class
    {
        var result = await TryAsync(lookup);
        if (result is { IsFound: false })
        {
            Problem = result.NotFound.Message;
        }

        return result?.Value;
    }

    protected async Task<bool> TryAsync(Func<CancellationToken, Task> call)
    {
        try
        {
            await call(Aborted);
            return true;
        }
        catch (ApiException ex)
        {
            Problem = ex.Message;
            return false;
        }
    }

    /// <summary>Refuses an operator's action to anyone else (the Api refuses it too); true when refused.</summary>
    protected bool RefuseUnlessOperator()
    {
        if (IsOperator)
        {
            return false;
        }

        Problem = "This needs an operator: you are signed in as an analyst.";
        return true;
    }

    /// <summary>A <c>yyyy-MM-dd</c> day from the query string; null (the Api's today) when absent or unreadable.</summary>
    protected static DateOnly? Day(string? text) => UrlDay.TryRead(text, out var day) ? day : null;

    protected async Task<IFormCollection> FormAsync() => await HttpContext.Request.ReadFormAsync(Aborted);
}
