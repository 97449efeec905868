using CineRadar.Core.Reference;

namespace CineRadar.Core.Tests;

public sealed class ReferenceDataTests
{
    [Fact]
    public void TableHoldsTheEightyThreeTixCitiesWithUniqueNumericStringIds()
    {
        Assert.Equal(83, Cities.All.Count);
        Assert.Equal(83, Cities.All.Select(c => c.Id).Distinct().Count());
        Assert.Equal(83, Cities.All.Select(c => c.Name).Distinct().Count());
        Assert.All(Cities.All, c => Assert.Matches("^[0-9]{18,19}$", c.Id));
    }

    [Theory]
    [InlineData(RegionId.Jawa, 36)]
    [InlineData(RegionId.Sumatera, 19)]
    [InlineData(RegionId.Kalimantan, 12)]
    [InlineData(RegionId.Sulawesi, 7)]
    [InlineData(RegionId.BaliNusaTenggara, 3)]
    [InlineData(RegionId.PapuaMaluku, 6)]
    public void RegionsHoldTheirKnownNumberOfCities(RegionId region, int count) =>
        Assert.Equal(count, Cities.All.Count(c => c.RegionId == region));

    [Theory]
    [InlineData("JAKARTA", "967969975509716992", IndonesianTimeZone.Wib)]
    [InlineData("BALI", "1244607994935726080", IndonesianTimeZone.Wita)]
    [InlineData("MAKASSAR", "973818514898948096", IndonesianTimeZone.Wita)]
    [InlineData("BALIKPAPAN", "973818512004878336", IndonesianTimeZone.Wita)]
    [InlineData("PONTIANAK", "973818517893681152", IndonesianTimeZone.Wib)]
    [InlineData("PALANGKARAYA", "973818520158605312", IndonesianTimeZone.Wib)]
    [InlineData("JAYAPURA", "973818520292823040", IndonesianTimeZone.Wit)]
    [InlineData("TERNATE", "996542011358056448", IndonesianTimeZone.Wit)]
    public void CitiesCarryTheirIdAndTimeZone(string name, string id, IndonesianTimeZone zone)
    {
        var city = Cities.FindByName(name);
        Assert.NotNull(city);
        Assert.Equal(id, city.Id);
        Assert.Equal(zone, city.TimeZone);
        Assert.Same(city, Cities.FindById(id));
    }

    [Fact]
    public void ZonesFollowTheMap()
    {
        Assert.All(Cities.All.Where(c => c.RegionId is RegionId.Sulawesi or RegionId.BaliNusaTenggara),
            c => Assert.Equal(IndonesianTimeZone.Wita, c.TimeZone));
        Assert.All(Cities.All.Where(c => c.RegionId is RegionId.Jawa or RegionId.Sumatera),
            c => Assert.Equal(IndonesianTimeZone.Wib, c.TimeZone));
        Assert.Equal(
            ["AMBON", "JAYAPURA", "MANOKWARI", "SORONG", "TERNATE", "TIMIKA"],
            Cities.All.Where(c => c.TimeZone == IndonesianTimeZone.Wit).Select(c => c.Name).Order());
        Assert.Equal(16, Cities.All.Count(c => c.TimeZone == IndonesianTimeZone.Wita));
    }

    [Fact]
    public void FindByNameIgnoresCaseAndSpaces() => Assert.Equal("BANDUNG", Cities.FindByName("  bandung ")?.Name);

    [Fact]
    public void UnknownCityIsKeptUnassignedOnWib()
    {
        Assert.Null(Cities.FindById("1999999999999999999"));
        var city = Cities.Unmapped("1999999999999999999", " Nabire ");
        Assert.Equal("NABIRE", city.Name);
        Assert.Equal(RegionId.Unassigned, city.RegionId);
        Assert.Equal("Unassigned", city.Region.Name);
        Assert.Equal(IndonesianTimeZone.Wib, city.TimeZone);
    }

    [Fact]
    public void SixRegionsHaveMapCentresAndColours()
    {
        Assert.Equal(6, Regions.All.Count);
        Assert.Equal(6, Regions.All.Select(r => r.Colour).Distinct().Count());
        Assert.Equal("#0d9488", Regions.Get(RegionId.Jawa).Colour);
        Assert.Equal(135.0, Regions.Get(RegionId.PapuaMaluku).CenterLongitude);
        Assert.Equal(RegionId.BaliNusaTenggara, Regions.FindByName("bali & nt")?.Id);
        Assert.Equal(RegionId.PapuaMaluku, Regions.FindByName("PapuaMaluku")?.Id);
        Assert.Null(Regions.FindByName("Atlantis"));
    }

    [Theory]
    [InlineData("XXI", "XXI", "xxi", "#CFAB7A")]
    [InlineData(" xxi ", "XXI", "xxi", "#CFAB7A")]
    [InlineData("CGV", "CGV", "cgv", "#E03C31")]
    [InlineData("Cinépolis", "Cinépolis", "cinepolis", "#002069")]
    [InlineData("CINEPOLIS", "Cinépolis", "cinepolis", "#002069")]
    [InlineData("CINÉPOLIS", "Cinépolis", "cinepolis", "#002069")]
    public void KnownMerchantsMapToTheirChain(string merchant, string display, string path, string colour)
    {
        var chain = Chains.FromMerchant(merchant);
        Assert.Equal(display, chain.DisplayName);
        Assert.Equal(path, chain.SeatApiPath);
        Assert.Equal(colour, chain.Colour);
        Assert.True(chain.IsKnown);
    }

    [Fact]
    public void UnknownMerchantIsAValidChainWhoseSeatPathIsNotGuessed()
    {
        var chain = Chains.FromMerchant("Platinum Cineplex");
        Assert.False(chain.IsKnown);
        Assert.Equal("PLATINUM CINEPLEX", chain.Key);
        Assert.Equal("Platinum Cineplex", chain.DisplayName);
        Assert.Null(chain.SeatApiPath);
        Assert.Equal(Chains.UnknownChainColour, chain.Colour);
    }
}
