using CineRadar.Api;
using CineRadar.Api.Apis;
using CineRadar.Api.Apis.Admin;
using CineRadar.Api.Exports;
using CineRadar.Api.Validation;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddExports();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseUtf8Bodies();

app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapServiceInfoApi();
app.MapPublicApi();
app.MapAdminApi();
app.MapExportsApi();

app.Run();
