using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Catalog;

/// <summary>A showtime's <c>status</c>: 1 bookable; 0 once it has started (as listed) or when no seat is left to sell.</summary>
internal static class ShowtimeStatus
{
    public static int At(SandboxShowtime showtime, ShowtimeListing listing, DateTimeOffset now) =>
        now >= listing.StartsAt || showtime.Sales.IsSoldOutAt(now) ? 0 : 1;
}
