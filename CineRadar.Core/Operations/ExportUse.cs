namespace CineRadar.Core.Operations;

/// <summary>What one API key exported on one WIB day: how many exports it started and how many rows they wrote.</summary>
public sealed record ExportUse(string KeyId, DateOnly Date, int Exports, long Rows);
