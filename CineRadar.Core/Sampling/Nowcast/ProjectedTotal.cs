using CineRadar.Core.Sampling.Design;

namespace CineRadar.Core.Sampling.Nowcast;

/// <summary>
/// A group's day as it stands: <see cref="SoFar"/> counts the shows that have started (read, or estimated from their
/// strata), <see cref="Projected"/> the whole day, the shows still to come projected. Once every show has started the
/// two are the same.
/// </summary>
public sealed record ProjectedTotal(GroupTotal SoFar, GroupTotal Projected);
