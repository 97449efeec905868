using CineRadar.Core.Reference;

namespace CineRadar.Scraper.Probe;

/// <summary>
/// What to probe: the city whose pages the app is driven through, a city outside WIB for the evidence on
/// <c>display_time</c>'s zone, and the most calls of its own the probe may make (at most <see cref="TixProbe.CallCeiling"/>).
/// </summary>
public sealed record ProbeRequest(City City, City ZoneCity, int MaxCalls = TixProbe.CallCeiling);
