using CineRadar.Core.Text;

namespace CineRadar.Core.Tests;

public sealed class MovieSlugTests
{
    [Theory]
    [InlineData("KERETA MALAM", "kereta-malam")]
    [InlineData("Avengers: Doomsday", "avengers-doomsday")]
    [InlineData("PENGABDI SETAN 2: COMMUNION", "pengabdi-setan-2-communion")]
    [InlineData("Spider-Man", "spider-man")]
    [InlineData("Amélie", "amlie")]
    [InlineData("A  B", "a--b")]
    public void SlugKeepsLowerCaseLettersDigitsAndDashes(string title, string slug) => Assert.Equal(slug, MovieSlug.From(title));

    [Fact]
    public void AppPathCombinesSlugIdAndDate() =>
        Assert.Equal("/movies/kereta-malam-1900000000000000001/2026-01-11",
            MovieSlug.AppPath("KERETA MALAM", "1900000000000000001", new DateOnly(2026, 1, 11)));
}
