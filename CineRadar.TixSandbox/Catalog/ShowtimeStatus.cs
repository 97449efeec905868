using CineRadar.TixSandbox.Model;

namespace CineRadar.TixSandbox.Catalog;

/// <summary>A showtime's <c>status</c>: 1 bookable; 0 once it has started or when no seat is left to sell.</summary>
internal static class ShowtimeStatus
{
    public static int At(SandboxShowtime showtime, DateTimeOffset now)
    {
        var sales = showtime.Sales;
        var soldOut = sales.SellsOut && sales.SoldAt(now) >= sales.FinalAdmissions;
        return now >= showtime.StartsAt || soldOut ? 0 : 1;
    }
}
