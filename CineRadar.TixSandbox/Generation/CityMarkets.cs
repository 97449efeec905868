using CineRadar.Core.Reference;

namespace CineRadar.TixSandbox.Generation;

/// <summary>A city's cinema market in the sandbox: how many theatres it has, where its centre is, its province.</summary>
internal sealed record CityMarket(City City, int Theatres, double Latitude, double Longitude, string Province)
{
    public bool IsLarge => Theatres >= 10;

    public bool IsSmall => Theatres <= 2;
}

/// <summary>
/// Theatre counts spread like the real market (about 480 in all, Jakarta the largest, small cities with one or two)
/// and approximate city centres, for the 83 cities of Core's table.
/// </summary>
internal static class CityMarkets
{
    private static readonly Dictionary<string, (int Theatres, double Lat, double Lon, string Province)> Table = new(StringComparer.Ordinal)
    {
        ["AMBON"] = (2, -3.695, 128.181, "Maluku"),
        ["BALI"] = (12, -8.670, 115.212, "Bali"),
        ["BALIKPAPAN"] = (7, -1.265, 116.831, "Kalimantan Timur"),
        ["BANDUNG"] = (26, -6.917, 107.619, "Jawa Barat"),
        ["BANJARBARU"] = (2, -3.442, 114.845, "Kalimantan Selatan"),
        ["BANJARMASIN"] = (6, -3.319, 114.590, "Kalimantan Selatan"),
        ["BATAM"] = (10, 1.130, 104.053, "Kepulauan Riau"),
        ["BAUBAU"] = (1, -5.470, 122.597, "Sulawesi Tenggara"),
        ["BEKASI"] = (24, -6.238, 106.975, "Jawa Barat"),
        ["BENGKULU"] = (2, -3.800, 102.266, "Bengkulu"),
        ["BINJAI"] = (1, 3.600, 98.485, "Sumatera Utara"),
        ["BLITAR"] = (1, -8.098, 112.168, "Jawa Timur"),
        ["BOGOR"] = (14, -6.595, 106.816, "Jawa Barat"),
        ["BONDOWOSO"] = (1, -7.913, 113.822, "Jawa Timur"),
        ["BONTANG"] = (1, 0.133, 117.500, "Kalimantan Timur"),
        ["CIANJUR"] = (1, -6.817, 107.131, "Jawa Barat"),
        ["CIKARANG"] = (7, -6.261, 107.152, "Jawa Barat"),
        ["CILEGON"] = (3, -6.002, 106.011, "Banten"),
        ["CIREBON"] = (4, -6.732, 108.552, "Jawa Barat"),
        ["DEPOK"] = (12, -6.402, 106.794, "Jawa Barat"),
        ["DUMAI"] = (1, 1.667, 101.447, "Riau"),
        ["DURI"] = (1, 1.300, 101.233, "Riau"),
        ["GARUT"] = (1, -7.227, 107.908, "Jawa Barat"),
        ["GORONTALO"] = (2, 0.543, 123.057, "Gorontalo"),
        ["GRESIK"] = (2, -7.155, 112.656, "Jawa Timur"),
        ["INDRAMAYU"] = (1, -6.327, 108.324, "Jawa Barat"),
        ["JAKARTA"] = (78, -6.200, 106.817, "Daerah Khusus Ibukota Jakarta"),
        ["JAMBI"] = (4, -1.610, 103.613, "Jambi"),
        ["JAYAPURA"] = (2, -2.533, 140.718, "Papua"),
        ["JEMBER"] = (2, -8.172, 113.700, "Jawa Timur"),
        ["KARAWANG"] = (6, -6.305, 107.300, "Jawa Barat"),
        ["KEDIRI"] = (2, -7.817, 112.011, "Jawa Timur"),
        ["KENDARI"] = (2, -3.997, 122.513, "Sulawesi Tenggara"),
        ["KETAPANG"] = (1, -1.853, 109.976, "Kalimantan Barat"),
        ["KISARAN"] = (1, 2.985, 99.616, "Sumatera Utara"),
        ["KLATEN"] = (1, -7.706, 110.601, "Jawa Tengah"),
        ["KUALA KAPUAS"] = (1, -3.003, 114.384, "Kalimantan Tengah"),
        ["KUPANG"] = (2, -10.178, 123.607, "Nusa Tenggara Timur"),
        ["LAMPUNG"] = (6, -5.429, 105.262, "Lampung"),
        ["LUBUKLINGGAU"] = (1, -3.296, 102.861, "Sumatera Selatan"),
        ["MADIUN"] = (2, -7.630, 111.523, "Jawa Timur"),
        ["MAKASSAR"] = (15, -5.148, 119.432, "Sulawesi Selatan"),
        ["MALANG"] = (10, -7.966, 112.633, "Jawa Timur"),
        ["MAMUJU"] = (1, -2.680, 118.886, "Sulawesi Barat"),
        ["MANADO"] = (7, 1.475, 124.842, "Sulawesi Utara"),
        ["MANOKWARI"] = (1, -0.861, 134.062, "Papua Barat"),
        ["MATARAM"] = (2, -8.583, 116.117, "Nusa Tenggara Barat"),
        ["MEDAN"] = (19, 3.595, 98.672, "Sumatera Utara"),
        ["MOJOKERTO"] = (1, -7.472, 112.434, "Jawa Timur"),
        ["PADANG"] = (6, -0.947, 100.417, "Sumatera Barat"),
        ["PALANGKARAYA"] = (2, -2.210, 113.920, "Kalimantan Tengah"),
        ["PALEMBANG"] = (11, -2.976, 104.775, "Sumatera Selatan"),
        ["PALU"] = (2, -0.898, 119.870, "Sulawesi Tengah"),
        ["PANGKAL PINANG"] = (2, -2.129, 106.113, "Kepulauan Bangka Belitung"),
        ["PEKALONGAN"] = (1, -6.889, 109.675, "Jawa Tengah"),
        ["PEKANBARU"] = (9, 0.507, 101.447, "Riau"),
        ["PEMATANG SIANTAR"] = (1, 2.960, 99.061, "Sumatera Utara"),
        ["PONOROGO"] = (1, -7.866, 111.466, "Jawa Timur"),
        ["PONTIANAK"] = (6, -0.027, 109.342, "Kalimantan Barat"),
        ["PRABUMULIH"] = (1, -3.433, 104.234, "Sumatera Selatan"),
        ["PROBOLINGGO"] = (1, -7.754, 113.216, "Jawa Timur"),
        ["PURWAKARTA"] = (2, -6.556, 107.443, "Jawa Barat"),
        ["PURWOKERTO"] = (2, -7.424, 109.234, "Jawa Tengah"),
        ["RANTAU PRAPAT"] = (1, 2.100, 99.833, "Sumatera Utara"),
        ["ROKAN HILIR"] = (1, 2.163, 100.817, "Riau"),
        ["SAMARINDA"] = (6, -0.502, 117.154, "Kalimantan Timur"),
        ["SAMPIT"] = (1, -2.533, 112.950, "Kalimantan Tengah"),
        ["SEMARANG"] = (14, -6.967, 110.417, "Jawa Tengah"),
        ["SERANG"] = (4, -6.120, 106.150, "Banten"),
        ["SIDOARJO"] = (6, -7.447, 112.718, "Jawa Timur"),
        ["SINGKAWANG"] = (1, 0.906, 108.985, "Kalimantan Barat"),
        ["SOLO"] = (7, -7.566, 110.817, "Jawa Tengah"),
        ["SORONG"] = (1, -0.876, 131.255, "Papua Barat Daya"),
        ["SUMEDANG"] = (1, -6.858, 107.916, "Jawa Barat"),
        ["SURABAYA"] = (30, -7.257, 112.752, "Jawa Timur"),
        ["TANGERANG"] = (30, -6.178, 106.630, "Banten"),
        ["TANJUNG PINANG"] = (2, 0.918, 104.447, "Kepulauan Riau"),
        ["TARAKAN"] = (1, 3.300, 117.633, "Kalimantan Utara"),
        ["TASIKMALAYA"] = (2, -7.327, 108.220, "Jawa Barat"),
        ["TEGAL"] = (2, -6.870, 109.140, "Jawa Tengah"),
        ["TERNATE"] = (1, 0.790, 127.384, "Maluku Utara"),
        ["TIMIKA"] = (1, -4.546, 136.883, "Papua Tengah"),
        ["YOGYAKARTA"] = (11, -7.797, 110.370, "Daerah Istimewa Yogyakarta"),
    };

    /// <summary>Extra theatres of the optional fourth chain, by city.</summary>
    public static readonly IReadOnlyDictionary<string, int> FourthChainTheatres = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["JAKARTA"] = 4, ["TANGERANG"] = 2, ["SURABAYA"] = 2, ["BANDUNG"] = 1, ["BEKASI"] = 1, ["MEDAN"] = 1, ["BALIKPAPAN"] = 1,
    };

    /// <summary>Every city of Core's table with its market, in the table's order.</summary>
    public static IReadOnlyList<CityMarket> All { get; } = [.. Cities.All.Select(Of)];

    private static CityMarket Of(City city)
    {
        // A city the table does not know still gets one theatre, placed at the centre of Indonesia.
        var (theatres, lat, lon, province) = Table.GetValueOrDefault(city.Name, (1, -2.5, 118.0, "Indonesia"));
        return new CityMarket(city, theatres, lat, lon, province);
    }
}
