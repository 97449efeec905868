using CineRadar.TixSandbox;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
var options = builder.Configuration.GetSection(SandboxOptions.SectionName).Get<SandboxOptions>() ?? new SandboxOptions();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.ListenLocalhost(options.AppPort);
    kestrel.ListenLocalhost(options.ApiPort);
});

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGet("/", (HttpContext context) => context.Connection.LocalPort == options.AppPort
    ? "CineRadar TIX sandbox: app.tix.id imitation"
    : "CineRadar TIX sandbox: api-b2b.tix.id imitation");

app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
    "TIX sandbox app on http://localhost:{AppPort}, API on http://localhost:{ApiPort}", options.AppPort, options.ApiPort));

app.Run();
