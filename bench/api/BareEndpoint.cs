#:sdk Microsoft.NET.Sdk.Web
// The floor the Api is measured against: a bare Kestrel endpoint that answers the movie list with the same bytes,
// with no authentication, rate limiting, caching or telemetry. Usage: dotnet run BareEndpoint.cs -- <body.json> <url>
var body = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGet("/api/v1/movies", () => Results.Bytes(body, "application/json; charset=utf-8"));
app.Run(args[1]);
