using CineRadar.Core.Catalog;

namespace CineRadar.Core.Stores;

/// <summary>Theatres across days, with their locations. Theatres are added and updated by catalog publishing.</summary>
public interface ITheatreStore
{
    Task<IReadOnlyList<Theatre>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<Theatre?> GetAsync(string theatreId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a theatre's location. A geocoder location never replaces a manual one. False when the theatre is unknown
    /// or a manual location kept its place.
    /// </summary>
    Task<bool> SetLocationAsync(string theatreId, TheatreLocation location, CancellationToken cancellationToken = default);
}
