using CineRadar.TixSandbox.Sales;

namespace CineRadar.TixSandbox.Model;

/// <summary>One screening. <see cref="DisplayTime"/> is local to the theatre's city (WIB, WITA or WIT).</summary>
internal sealed record SandboxShowtime(
    string Id,
    DateOnly Date,
    SandboxMovie Movie,
    SandboxTheatre Theatre,
    SandboxRoom Room,
    DateTimeOffset StartsAt,
    string DisplayTime,
    int Price,
    SalesPlan Sales);
