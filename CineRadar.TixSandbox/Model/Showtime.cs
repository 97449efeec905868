using CineRadar.TixSandbox.Sales;

namespace CineRadar.TixSandbox.Model;

/// <summary>One screening. <see cref="DisplayTime"/> is local to the theatre's city (WIB, WITA or WIT).</summary>
internal sealed record Showtime(
    string Id,
    DateOnly Date,
    Movie Movie,
    Theatre Theatre,
    Room Room,
    DateTimeOffset StartsAt,
    string DisplayTime,
    int Price,
    SalesPlan Sales);
