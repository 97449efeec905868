using CineRadar.Core.Reference;

namespace CineRadar.Data.Tests.Contract;

public abstract partial class StoreContractTests
{
    private const string Nabire = "1999999999999999999";

    [Fact]
    public async Task ACityTixAddedIsRecordedOnceWithItsFirstAndLastSighting()
    {
        var first = Clock.GetUtcNow();
        var recorded = await AddedCities.RecordSeenAsync(Nabire, "NABIRE", first);
        await AddedCities.RecordSeenAsync("1888888888888888888", "AMURANG", first);
        var again = await AddedCities.RecordSeenAsync(Nabire, "NABIRE KOTA", first.AddDays(1));

        Assert.Equal(new AddedCity(Nabire, "NABIRE", first, first, null), recorded);
        Assert.Equal(new AddedCity(Nabire, "NABIRE KOTA", first, first.AddDays(1), null), again);
        Assert.Equal(again, await AddedCities.GetAsync(Nabire));
        Assert.Null(await AddedCities.GetAsync("1777777777777777777"));
        Assert.Equal(["AMURANG", "NABIRE KOTA"], (await AddedCities.ListAsync()).Select(c => c.Name));
        await Assert.ThrowsAsync<ArgumentException>(() => AddedCities.RecordSeenAsync(" ", "NOWHERE", first));
        await Assert.ThrowsAsync<ArgumentException>(() => AddedCities.RecordSeenAsync("1666666666666666666", "", first));
    }

    [Fact]
    public async Task AnOperatorsMappingOfAnAddedCityOutlivesLaterSightings()
    {
        var at = Clock.GetUtcNow();
        var wita = new CityMapping(RegionId.Sulawesi, IndonesianTimeZone.Wita, "dewi", at.AddHours(1));
        var wit = new CityMapping(RegionId.PapuaMaluku, IndonesianTimeZone.Wit, "budi", at.AddHours(2));
        await AddedCities.RecordSeenAsync(Nabire, "NABIRE", at);

        Assert.False(await AddedCities.MapAsync("1777777777777777777", wita));
        Assert.True(await AddedCities.MapAsync(Nabire, wita));
        var seenAgain = await AddedCities.RecordSeenAsync(Nabire, "NABIRE", at.AddDays(1));
        Assert.True(await AddedCities.MapAsync(Nabire, wit));

        Assert.Equal(wita, seenAgain.Mapping);
        Assert.Equal(new AddedCity(Nabire, "NABIRE", at, at.AddDays(1), wit), await AddedCities.GetAsync(Nabire));
        Assert.Equal(wit, Assert.Single(await AddedCities.ListAsync()).Mapping);
        Assert.Null(await AddedCities.GetAsync("1777777777777777777"));
        await Assert.ThrowsAsync<ArgumentException>(() => AddedCities.MapAsync(Nabire, wit with { RegionId = RegionId.Unassigned }));
        await Assert.ThrowsAsync<ArgumentException>(() => AddedCities.MapAsync(Nabire, wit with { MappedBy = "" }));
        Assert.Equal(wit, (await AddedCities.GetAsync(Nabire))!.Mapping);
    }
}
