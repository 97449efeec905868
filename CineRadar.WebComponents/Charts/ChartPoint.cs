namespace CineRadar.WebComponents.Charts;

/// <summary>
/// A value on a chart, with the label under it and the text of its tooltip; an estimate also has its 90 % interval
/// (<see cref="Low"/>..<see cref="High"/>), drawn as a whisker.
/// </summary>
public sealed record ChartPoint(string Label, double Value, string? Tooltip = null, double? Low = null, double? High = null)
{
    public bool HasInterval => Low < High;
}

/// <summary>
/// A horizontal bar: what it is, how long, what it says, in which colour, and where it links; an estimate also has its
/// 90 % interval (<see cref="Low"/>..<see cref="High"/>), drawn as an error bar across the bar's end.
/// </summary>
public sealed record ChartBar(string Label, double Value, string Text, string Colour = "#5b21b6", string? Href = null, double? Low = null, double? High = null)
{
    public bool HasInterval => Low < High;
}
