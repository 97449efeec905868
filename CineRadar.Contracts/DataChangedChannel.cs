namespace CineRadar.Contracts;

/// <summary>
/// The Redis channel on which a new data version is announced (the message is the version): the Scraper sends it after
/// a publish or a fold, the Api after an admin command that changes what readers see, and every Api replica listens.
/// </summary>
public static class DataChangedChannel
{
    public const string Name = "cineradar:data-changed";
}
