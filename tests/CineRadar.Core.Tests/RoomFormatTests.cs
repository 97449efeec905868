using CineRadar.Core.Rooms;

namespace CineRadar.Core.Tests;

public sealed class RoomFormatTests
{
    [Theory]
    [InlineData("REGULAR 2D", ScreenDimension.TwoD, "Standard", "Regular", "")]
    [InlineData("2D", ScreenDimension.TwoD, "Standard", "Regular", "")]
    [InlineData("REGULAR 3D", ScreenDimension.ThreeD, "Standard", "Regular", "")]
    [InlineData("SATIN 2D", ScreenDimension.TwoD, "Standard", "Satin", "")]
    [InlineData("SATIN SUITE 2D", ScreenDimension.TwoD, "Standard", "Satin Suite", "")]
    [InlineData("GOLD CLASS 2D", ScreenDimension.TwoD, "Standard", "Gold Class", "")]
    [InlineData("VIP 2D/3D", ScreenDimension.TwoDAndThreeD, "Standard", "VIP", "")]
    [InlineData("VELVET 2D", ScreenDimension.TwoD, "Standard", "Velvet", "")]
    [InlineData("VELVET BY OCEAN 2D", ScreenDimension.TwoD, "Standard", "Velvet", "")]
    [InlineData("IMAX 3D", ScreenDimension.ThreeD, "IMAX", "Regular", "")]
    [InlineData("SCREENX 2D/3D", ScreenDimension.TwoDAndThreeD, "ScreenX", "Regular", "")]
    [InlineData("SCREENX GOLD SCREENX 3D", ScreenDimension.ThreeD, "ScreenX", "Gold Class", "")]
    [InlineData("4DX3D", ScreenDimension.ThreeD, "4DX", "Regular", "")]
    [InlineData("STARIUM 2D", ScreenDimension.TwoD, "Starium", "Regular", "")]
    [InlineData("LUXE 2D", ScreenDimension.TwoD, "Standard", "Luxe", "")]
    [InlineData("JOMO 2D", ScreenDimension.TwoD, "Standard", "JOMO", "")]
    [InlineData("PREMIERE 2D", ScreenDimension.TwoD, "Standard", "Premiere", "")]
    [InlineData("DOLBY ATMOS 2D", ScreenDimension.TwoD, "Dolby Atmos", "Regular", "")]
    [InlineData("REGULAR 3WAY 2D", ScreenDimension.TwoD, "Standard", "Regular", "3WAY")]
    [InlineData("REGULAR ", ScreenDimension.Unspecified, "Standard", "Regular", "")]
    [InlineData("imax3d", ScreenDimension.ThreeD, "IMAX", "Regular", "")]
    [InlineData("SPHEREX HOLOGRAM 2D", ScreenDimension.TwoD, "SphereX", "Regular", "HOLOGRAM")]
    [InlineData("", ScreenDimension.Unspecified, "Standard", "Regular", "")]
    public void CategoryReadsIntoDimensionTechnologyAndTier(string category, ScreenDimension dimension, string technology, string tier, string unknown)
    {
        var format = RoomFormatParser.Parse(category);

        Assert.Equal(category, format.Raw);
        Assert.Equal(dimension, format.Dimension);
        Assert.Equal(technology, format.Technology);
        Assert.Equal(tier, format.Tier);
        Assert.Equal(unknown, string.Join(' ', format.UnknownWords));
    }

    [Theory]
    [InlineData("REGULAR 2D", "Regular 2D", false)]
    [InlineData("GOLD CLASS 2D", "Gold Class 2D", true)]
    [InlineData("IMAX 3D", "IMAX 3D", true)]
    [InlineData("SCREENX GOLD SCREENX 3D", "ScreenX Gold Class 3D", true)]
    [InlineData("VIP 2D/3D", "VIP 2D/3D", true)]
    [InlineData("REGULAR ", "Regular", false)]
    public void LabelAndPremiumFlagDescribeTheRoom(string category, string label, bool premium)
    {
        var format = RoomFormatParser.Parse(category);
        Assert.Equal(label, format.Label);
        Assert.Equal(premium, format.IsPremium);
    }

    [Fact]
    public void NullCategoryIsAnUnspecifiedRegularRoom()
    {
        var format = RoomFormatParser.Parse(null);
        Assert.Equal("", format.Raw);
        Assert.False(format.HasUnknownWords);
    }
}
