using CineRadar.Public;
using CineRadar.Public.Components;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPublicSite();

var app = builder.Build();

app.UseFriendlyErrors();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>();
app.MapDefaultEndpoints();

app.Run();
