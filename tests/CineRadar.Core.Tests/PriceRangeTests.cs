using CineRadar.Core.Rooms;

namespace CineRadar.Core.Tests;

public sealed class PriceRangeTests
{
    [Theory]
    [InlineData("Rp35.000", 35000, 35000)]
    [InlineData("Rp46.000 - Rp51.000", 46000, 51000)]
    [InlineData("Rp51.000 - Rp46.000", 46000, 51000)]
    [InlineData(" Rp 40.000 ", 40000, 40000)]
    [InlineData("Rp300.000", 300000, 300000)]
    [InlineData("Rp1.250.000", 1250000, 1250000)]
    [InlineData("Rp35.000,00", 35000, 35000)]
    [InlineData("IDR 20.000", 20000, 20000)]
    [InlineData("35000", 35000, 35000)]
    [InlineData("Rp40.000–Rp45.000", 40000, 45000)]
    public void PriceTextReadsIntoRupiah(string text, long min, long max)
    {
        var price = PriceRange.Parse(text);
        Assert.NotNull(price);
        Assert.Equal(min, price.MinRupiah);
        Assert.Equal(max, price.MaxRupiah);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("harga belum tersedia")]
    [InlineData("Rp")]
    [InlineData("Rp35.00")]
    [InlineData("Rp3.5000")]
    [InlineData("Rp35.000 - ")]
    [InlineData("Rp35.000 - Rp40.000 - Rp45.000")]
    [InlineData("Rp0")]
    [InlineData("Rp-35.000")]
    [InlineData("Rp35.000,5a")]
    [InlineData("Rp99999999999999999999999")]
    public void GarbageIsNoPriceNotAnException(string? text) => Assert.Null(PriceRange.Parse(text));

    [Fact]
    public void MidpointIsTheEstimatePrice() => Assert.Equal(48500, PriceRange.Parse("Rp46.000 - Rp51.000")!.MidpointRupiah);

    [Theory]
    [InlineData("Rp35.000", "Rp35.000")]
    [InlineData("Rp46.000 - Rp51.000", "Rp46.000 - Rp51.000")]
    [InlineData("IDR 1250000", "Rp1.250.000")]
    public void PriceWritesBackTheWayTixWritesIt(string text, string written) => Assert.Equal(written, PriceRange.Parse(text)!.ToString());
}
