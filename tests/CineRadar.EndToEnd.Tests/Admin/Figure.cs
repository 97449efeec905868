using System.Text.Json;
using CineRadar.WebComponents.Formatting;

namespace CineRadar.EndToEnd.Tests.Admin;

/// <summary>
/// One figure of an Admin page: its name there (a table's <c>data-column</c>, a headline's <c>data-kpi</c>) and how the
/// site writes the Api's value for it.
/// </summary>
public sealed record Figure(string Name, Func<JsonElement, string> Write)
{
    public static Figure Text(string name, string? property = null) => new(name, e => e.GetProperty(property ?? name).GetString() ?? "");

    /// <summary>A count: "12,600".</summary>
    public static Figure Count(string name, string? property = null) => new(name, e => Formats.Count(e.GetProperty(property ?? name).GetInt64()));

    /// <summary>Admissions estimated within their 90 % interval: "12,400 (11,900–12,900)", the count alone when exact.</summary>
    public static Figure EstimatedAdmissions(string name) => new(name, e => Formats.Count(
        e.GetProperty("admissions").GetInt64(), e.GetProperty("admissionsLow").GetInt64(), e.GetProperty("admissionsHigh").GetInt64()));

    /// <summary>Gross in full within its 90 % interval: "Rp1.250.000 (Rp1.100.000–Rp1.400.000)", alone when exact.</summary>
    public static Figure EstimatedGross(string name) => new(name, e => Formats.Rupiah(
        e.GetProperty("grossRupiah").GetInt64(), e.GetProperty("grossLowRupiah").GetInt64(), e.GetProperty("grossHighRupiah").GetInt64()));

    /// <summary>Rupiah in full: "Rp1.250.000".</summary>
    public static Figure Rupiah(string name, string property) => new(name, e => Formats.Rupiah(e.GetProperty(property).GetInt64()));

    /// <summary>Rupiah in short: "Rp18.4B".</summary>
    public static Figure RupiahShort(string name, string property) => new(name, e => Formats.RupiahShort(e.GetProperty(property).GetInt64()));

    /// <summary>A share with one decimal: "45.3%".</summary>
    public static Figure Percent(string name, string property) => new(name, e => Formats.Percent(e.GetProperty(property).GetDouble()));

    /// <summary>A signed change, a dash when there was nothing to compare with: "+8.0%", "–".</summary>
    public static Figure Change(string name, string property) =>
        new(name, e => Formats.Change(e.GetProperty(property) is { ValueKind: not JsonValueKind.Null } change ? change.GetDouble() : null));
}
