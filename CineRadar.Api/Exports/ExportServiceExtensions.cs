namespace CineRadar.Api.Exports;

internal static class ExportServiceExtensions
{
    /// <summary>The exports' tables, the per-key quota (<c>Exports</c> settings) and who may export.</summary>
    public static void AddExports(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.SectionName);
        services.AddSingleton<ExportTables>();
        services.AddSingleton<ExportQuota>();
        services.AddAuthorizationBuilder().AddExportPolicy();
    }
}
