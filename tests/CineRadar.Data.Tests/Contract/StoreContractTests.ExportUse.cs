using CineRadar.Core.Operations;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Data.Tests.Contract;

/// <summary>Data exports counted per key and WIB day, against the key's daily limit, with the rows they wrote.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateOnly ExportDay = new(2026, 1, 11);

    protected IExportUseStore ExportUses => Services.GetRequiredService<IExportUseStore>();

    [Fact]
    public async Task ExportsAreCountedPerKeyAndDayUpToTheLimit()
    {
        Assert.Empty(await ExportUses.GetDayAsync(ExportDay));

        Assert.True(await ExportUses.TryCountExportAsync("k_partner", ExportDay, 2));
        Assert.True(await ExportUses.TryCountExportAsync("k_partner", ExportDay, 2));
        Assert.False(await ExportUses.TryCountExportAsync("k_partner", ExportDay, 2));
        Assert.True(await ExportUses.TryCountExportAsync("k_partner", ExportDay.AddDays(1), 2));
        Assert.True(await ExportUses.TryCountExportAsync("k_other", ExportDay, 2));
        Assert.False(await ExportUses.TryCountExportAsync("k_none", ExportDay, 0));
        await ExportUses.AddRowsAsync("k_partner", ExportDay, 1200);
        await ExportUses.AddRowsAsync("k_partner", ExportDay, 34);

        Assert.Equal(
            [new ExportUse("k_other", ExportDay, 1, 0), new ExportUse("k_partner", ExportDay, 2, 1234)],
            await ExportUses.GetDayAsync(ExportDay));
        Assert.Equal([new ExportUse("k_partner", ExportDay.AddDays(1), 1, 0)], await ExportUses.GetDayAsync(ExportDay.AddDays(1)));
        Assert.True(await ExportUses.TryCountExportAsync("k_partner", ExportDay, 3), "a raised limit admits more the same day");
        await Assert.ThrowsAsync<ArgumentException>(() => ExportUses.TryCountExportAsync("", ExportDay, 2));
    }

    [Fact]
    public async Task ExportsCountedAtOnceNeverPassTheLimit()
    {
        var counted = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ExportUses.TryCountExportAsync("k_partner", ExportDay, 5)));

        Assert.Equal(5, counted.Count(c => c));
        Assert.Equal(5, Assert.Single(await ExportUses.GetDayAsync(ExportDay)).Exports);
    }
}
