using System.Text.Json;
using System.Text.Json.Serialization;
using CineRadar.Core.Reference;
using CineRadar.Core.Rooms;
using CineRadar.Core.Seats;
using CineRadar.Core.Tix;

namespace CineRadar.Scraper.Cli;

/// <summary>What the inspection commands print.</summary>
internal static class InspectionReport
{
    public static LayoutReport From(SeatLayout layout) => new(
        layout.Total,
        layout.Available,
        layout.Unavailable,
        layout.OccupancyPct,
        layout.Rows.Select(r => new RowReport(r.Label, r.Seats)).ToList(),
        layout.IgnoredStatuses);

    public static ScheduleReport From(TixSchedulePage page) => new(
        page.HasNext,
        page.Theatres.Select(t =>
        {
            var chain = Chains.FromMerchant(t.Merchant);
            return new TheatreReport(
                t.Id,
                t.Name,
                t.Address,
                chain.DisplayName,
                chain.SeatApiPath,
                t.PriceGroups.Select(g => RoomReport(g)).ToList());
        }).ToList());

    private static RoomReport RoomReport(TixPriceGroup group)
    {
        var format = RoomFormatParser.Parse(group.Category);
        var price = PriceRange.Parse(group.PriceText);
        return new RoomReport(
            group.Category,
            new FormatReport(format.Label, format.Dimension.ToString(), format.Technology, format.Tier, format.UnknownWords),
            group.PriceText,
            price is null ? null : new PriceReport(price.MinRupiah, price.MaxRupiah),
            group.Showtimes.Select(s => new ShowtimeReport(s.Id, s.DisplayTime, s.Status, s.IsBookable)).ToList());
    }
}

internal sealed record LayoutReport(int Total, int Available, int Unavailable, double OccupancyPct, IReadOnlyList<RowReport> Rows, IReadOnlyList<string> IgnoredStatuses);

internal sealed record RowReport(string Label, string Seats);

internal sealed record ScheduleReport(bool HasNext, IReadOnlyList<TheatreReport> Theatres);

internal sealed record TheatreReport(string Id, string Name, string? Address, string Chain, string? SeatApiPath, IReadOnlyList<RoomReport> Rooms);

internal sealed record RoomReport(string Category, FormatReport Format, string? PriceText, PriceReport? Price, IReadOnlyList<ShowtimeReport> Showtimes);

internal sealed record FormatReport(string Label, string Dimension, string Technology, string Tier, IReadOnlyList<string> UnknownWords);

internal sealed record PriceReport(long MinRupiah, long MaxRupiah);

internal sealed record ShowtimeReport(string Id, string Time, int Status, bool Bookable);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false)]
[JsonSerializable(typeof(LayoutReport))]
[JsonSerializable(typeof(ScheduleReport))]
internal sealed partial class InspectionJsonContext : JsonSerializerContext;
