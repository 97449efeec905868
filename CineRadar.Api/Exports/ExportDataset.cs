namespace CineRadar.Api.Exports;

/// <summary>What can be exported, written in the route as its name in lower case.</summary>
internal enum ExportDataset
{
    /// <summary>Every listed showtime of the days' schedules.</summary>
    Showtimes,

    /// <summary>Every seat-map reading of the days, without the seats themselves.</summary>
    Samples,

    /// <summary>Every showtime's admissions and gross estimate.</summary>
    Estimates,
}

/// <summary>The file an export writes.</summary>
internal enum ExportFormat
{
    Csv,
    Parquet,
}
