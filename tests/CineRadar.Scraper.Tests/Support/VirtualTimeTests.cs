namespace CineRadar.Scraper.Tests.Support;

/// <summary>
/// Tests on a <see cref="Tools.Simulation.VirtualClock"/>, which moves only while the thread pool is idle: they run on their
/// own, after the parallel tests, so that other tests' work does not keep their clock waiting.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class VirtualTimeTests
{
    public const string Name = "virtual time";
}
