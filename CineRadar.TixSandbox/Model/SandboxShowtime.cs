using CineRadar.TixSandbox.Sales;

namespace CineRadar.TixSandbox.Model;

/// <summary>
/// One screening. <see cref="DisplayTime"/> is local to the theatre's city (WIB, WITA or WIT). <see cref="StartsAt"/>,
/// <see cref="DisplayTime"/> and <see cref="Price"/> are final: a moved show lists its <see cref="ShowtimeMove.Before"/>
/// times until it is moved. An added show is listed from <see cref="AnnouncedAt"/>, a cancelled one until
/// <see cref="CancelledAt"/>.
/// </summary>
internal sealed record SandboxShowtime(
    string Id,
    DateOnly Date,
    SandboxMovie Movie,
    SandboxTheatre Theatre,
    SandboxRoom Room,
    DateTimeOffset StartsAt,
    string DisplayTime,
    int Price,
    SalesPlan Sales)
{
    public DateTimeOffset? AnnouncedAt { get; init; }

    public ShowtimeMove? Move { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public bool IsChanged => AnnouncedAt is not null || Move is not null || CancelledAt is not null;

    /// <summary>How the show is listed at <paramref name="now"/> (schedules, movie lists, seat maps), or null when it is in no listing.</summary>
    public ShowtimeListing? ListingAt(DateTimeOffset now)
    {
        if (now < AnnouncedAt || now >= CancelledAt)
        {
            return null;
        }

        return Move is { } move && now < move.MovedAt ? move.Before : new ShowtimeListing(StartsAt, DisplayTime, Price);
    }
}

/// <summary>What a listing shows of a showtime: its start (and the <c>display_time</c> local to its city) and its price.</summary>
internal readonly record struct ShowtimeListing(DateTimeOffset StartsAt, string DisplayTime, int Price);

/// <summary>A show moved to another start at <see cref="MovedAt"/>; <see cref="Before"/> is how it was listed until then.</summary>
internal sealed record ShowtimeMove(DateTimeOffset MovedAt, ShowtimeListing Before);
