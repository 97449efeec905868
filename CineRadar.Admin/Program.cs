using CineRadar.Admin.Auth;
using CineRadar.Admin.Components;
using CineRadar.Admin.Operations;
using CineRadar.Admin.Services;
using CineRadar.Admin.Tables;
using CineRadar.WebComponents;
using CineRadar.WebComponents.Api;
using CineRadar.WebComponents.Live;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAdminAuthentication();
builder.Services.AddRazorComponents();
builder.Services.AddCineRadarWebComponents();
builder.Services.AddTransient<ApiIdentityHandler>();
builder.Services.AddCineRadarApiClient().AddHttpMessageHandler<ApiIdentityHandler>();
builder.Services.AddLiveStreams();
builder.Services.AddSingleton<RunWatches>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>();
app.MapLiveRuns();
app.MapLiveRunEvents();
app.MapCsvExports();
app.MapDataExports();
app.MapSingleSignOn();
app.MapDefaultEndpoints();

app.Run();
