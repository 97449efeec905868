namespace CineRadar.Contracts;

/// <summary>One API key's data exports of a WIB day: exports started, rows written, and its daily quota of exports.</summary>
public sealed record ExportUseDto(string KeyId, DateOnly Date, int Exports, long Rows, int Limit);
