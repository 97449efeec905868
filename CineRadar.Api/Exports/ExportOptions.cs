namespace CineRadar.Api.Exports;

/// <summary>Data exports, bound from <c>Exports</c>.</summary>
internal sealed class ExportOptions
{
    public const string SectionName = "Exports";

    /// <summary>The most days one export may cover (<c>from</c> to <c>to</c>, both included).</summary>
    public const int MaxDays = 92;

    /// <summary>Exports a B2B key may start per WIB day.</summary>
    public int ExportsPerKeyPerDay { get; set; } = 20;

    /// <summary>Exports the Admin site's key (every signed-in person together) may start per WIB day.</summary>
    public int AdminSiteExportsPerDay { get; set; } = 200;
}
