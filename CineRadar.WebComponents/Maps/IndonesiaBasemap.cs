using System.Globalization;
using System.Text;

namespace CineRadar.WebComponents.Maps;

/// <summary>A land outline drawn on the map.</summary>
public sealed record LandPath(string Id, string Name, bool IsIndonesia, string Path);

/// <summary>
/// Indonesia and its neighbours from Natural Earth (via the <c>world-atlas</c> npm package, restored by the build),
/// projected once into SVG paths (equirectangular: near the equator it barely distorts). Points closer than half a
/// map unit are merged, which keeps the drawing small without changing its shape.
/// </summary>
public sealed class IndonesiaBasemap
{
    public const double West = 94.5;
    public const double East = 142.5;
    public const double North = 7;
    public const double South = -11.5;
    public const double Scale = 20;

    // Indonesia, then Malaysia, Brunei, Singapore, Timor-Leste, Papua New Guinea, the Philippines and Australia.
    private static readonly string[] Countries = ["360", "458", "096", "702", "626", "598", "608", "036"];

    public IndonesiaBasemap(Stream countriesTopoJson)
    {
        Land = TopoJson.ReadCountries(countriesTopoJson, Countries.ToHashSet(StringComparer.Ordinal))
            .OrderBy(c => c.Id == "360")
            .Select(c => new LandPath(c.Id, c.Name, c.Id == "360", PathOf(c)))
            .ToList();
    }

    /// <summary>Reads the shapes the build copied beside the application.</summary>
    public static IndonesiaBasemap FromApplicationFolder()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "mapdata", "countries-50m.json"));
        return new IndonesiaBasemap(file);
    }

    public IReadOnlyList<LandPath> Land { get; }

    public static double Width => (East - West) * Scale;

    public static double Height => (North - South) * Scale;

    public static (double X, double Y) Project(double latitude, double longitude) =>
        ((longitude - West) * Scale, (North - latitude) * Scale);

    private static string PathOf(CountryShape country)
    {
        var path = new StringBuilder();
        foreach (var ring in country.Rings)
        {
            (double X, double Y)? last = null;
            var points = 0;
            foreach (var (lon, lat) in ring)
            {
                if (lon < West - 5 || lon > East + 5 || lat > North + 5 || lat < South - 5)
                {
                    continue;
                }

                var (x, y) = Project(lat, lon);
                if (last is { } previous && Math.Abs(previous.X - x) < 0.5 && Math.Abs(previous.Y - y) < 0.5)
                {
                    continue;
                }

                path.Append(points == 0 ? 'M' : 'L')
                    .Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',')
                    .Append(y.ToString("0.#", CultureInfo.InvariantCulture));
                last = (x, y);
                points++;
            }

            if (points > 0)
            {
                path.Append('Z');
            }
        }

        return path.ToString();
    }
}
