using CineRadar.Public;
using CineRadar.Public.Components;
using CineRadar.Public.Live;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPublicSite();

var app = builder.Build();

app.UseFriendlyErrors();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>();
app.MapLiveData();
app.MapDefaultEndpoints();

app.Run();
