using CineRadar.Core.Reference;

namespace CineRadar.TixSandbox.Model;

internal enum RoomTier
{
    Regular,
    Large,
    Experience,
    Premium,
}

/// <summary>A screen: its category string as TIX shows it, its seats and its base ticket price.</summary>
internal sealed record SandboxRoom(int Number, string Category, RoomTier Tier, SeatGrid Seats, int BasePrice, bool PricedAsRange);

/// <summary>A cinema. Coordinates stay inside the sandbox: TIX payloads carry none (the geocoder answers them).</summary>
internal sealed record SandboxTheatre(
    int Index,
    string Id,
    string Name,
    string Address,
    City City,
    SandboxChain Chain,
    LayoutVariant Layout,
    double Latitude,
    double Longitude,
    IReadOnlyList<SandboxRoom> Rooms);
