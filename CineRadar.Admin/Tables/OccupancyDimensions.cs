namespace CineRadar.Admin.Tables;

/// <summary>What occupancy can be broken down by (the Api's <c>by</c> words) and how the page names them.</summary>
public static class OccupancyDimensions
{
    public const string Default = "chain";

    public static readonly IReadOnlyList<(string Key, string Label)> All =
        [("chain", "Chain"), ("city", "City"), ("region", "Region"), ("format", "Format"), ("hour", "Hour of day")];

    public static string Of(string? by) => All.Any(d => d.Key == by) ? by! : Default;
}

/// <summary>A movie's trend covers 7 or 30 days.</summary>
public static class TrendDays
{
    public static int Of(int? days) => days == 30 ? 30 : 7;
}
