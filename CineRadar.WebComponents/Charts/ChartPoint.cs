namespace CineRadar.WebComponents.Charts;

/// <summary>A value on a chart, with the label under it and the text of its tooltip.</summary>
public sealed record ChartPoint(string Label, double Value, string? Tooltip = null);

/// <summary>A horizontal bar: what it is, how long, what it says, in which colour, and where it links.</summary>
public sealed record ChartBar(string Label, double Value, string Text, string Colour = "#5b21b6", string? Href = null);
