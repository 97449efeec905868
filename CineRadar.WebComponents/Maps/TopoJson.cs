using System.Text.Json;

namespace CineRadar.WebComponents.Maps;

/// <summary>A country's outline: rings of (longitude, latitude) points.</summary>
public sealed record CountryShape(string Id, string Name, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings);

/// <summary>Reads the countries of a TopoJSON topology (quantized arcs, delta-encoded, shared between countries).</summary>
public static class TopoJson
{
    public static IReadOnlyList<CountryShape> ReadCountries(Stream json, ISet<string> wanted)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var transform = root.GetProperty("transform");
        var scale = transform.GetProperty("scale");
        var translate = transform.GetProperty("translate");
        var (sx, sy) = (scale[0].GetDouble(), scale[1].GetDouble());
        var (tx, ty) = (translate[0].GetDouble(), translate[1].GetDouble());

        var arcs = root.GetProperty("arcs").EnumerateArray().Select(arc =>
        {
            double x = 0, y = 0;
            return arc.EnumerateArray().Select(point =>
            {
                x += point[0].GetDouble();
                y += point[1].GetDouble();
                return ((x * sx) + tx, (y * sy) + ty);
            }).ToList();
        }).ToList();

        var shapes = new List<CountryShape>();
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var id = geometry.TryGetProperty("id", out var idValue) ? idValue.GetString() ?? "" : "";
            if (!wanted.Contains(id))
            {
                continue;
            }

            var name = geometry.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var n) ? n.GetString() ?? id : id;
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("arcs").EnumerateArray().ToList()
                : [geometry.GetProperty("arcs")];
            var rings = polygons.SelectMany(polygon => polygon.EnumerateArray()).Select(ring => Ring(ring, arcs)).ToList();
            shapes.Add(new CountryShape(id, name, rings));
        }

        return shapes;
    }

    /// <summary>Joins a ring's arcs; a negative index (~i) is arc i walked backwards.</summary>
    private static IReadOnlyList<(double Lon, double Lat)> Ring(JsonElement ring, List<List<(double, double)>> arcs)
    {
        var points = new List<(double Lon, double Lat)>();
        foreach (var index in ring.EnumerateArray().Select(i => i.GetInt32()))
        {
            var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }

        return points;
    }
}
