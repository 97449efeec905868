using CineRadar.Public.Live;
using CineRadar.Public.Readings;
using CineRadar.WebComponents;
using CineRadar.WebComponents.Api;
using CineRadar.WebComponents.Live;
using Microsoft.AspNetCore.Diagnostics;

namespace CineRadar.Public;

internal static class PublicSiteExtensions
{
    /// <summary>Razor components, the Api client (service key on every call), the offline map and charts, the clock, the per-client limit on asking for readings, the live pages' stream.</summary>
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddCineRadarWebComponents();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCineRadarApiClient();
        builder.Services.AddOptions<VisitorReadingOptions>().BindConfiguration(VisitorReadingOptions.SectionName);
        builder.Services.AddSingleton<VisitorReadingLimiter>();
        builder.Services.AddLiveStreams();
        builder.Services.AddSingleton<DataVersionWatch>();
        return builder;
    }

    /// <summary>
    /// An Api that gives no usable answer (<see cref="ApiException"/>: unreachable, a server error, a refusal) gives the
    /// friendly "data temporarily unavailable" page with 503; anything else the error page with 500. Used in every environment, so the 503 page is the same in development.
    /// </summary>
    public static WebApplication UseFriendlyErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = ex => ex is ApiException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
