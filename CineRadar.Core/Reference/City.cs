namespace CineRadar.Core.Reference;

/// <summary>A TIX.id city. The id is TIX's 19-digit snowflake, kept as a string.</summary>
public sealed record City(string Id, string Name, RegionId RegionId, IndonesianTimeZone TimeZone)
{
    public Region Region => Regions.Get(RegionId);
}

/// <summary>The 83 cities TIX.id served when the table was taken, with their region and time zone.</summary>
public static class Cities
{
    public static readonly IReadOnlyList<City> All =
    [
        new("973818519810478080", "AMBON", RegionId.PapuaMaluku, IndonesianTimeZone.Wit),
        new("1244607994935726080", "BALI", RegionId.BaliNusaTenggara, IndonesianTimeZone.Wita),
        new("973818512004878336", "BALIKPAPAN", RegionId.Kalimantan, IndonesianTimeZone.Wita),
        new("973818511275069440", "BANDUNG", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1244607994998640640", "BANJARBARU", RegionId.Kalimantan, IndonesianTimeZone.Wita),
        new("973818519542042624", "BANJARMASIN", RegionId.Kalimantan, IndonesianTimeZone.Wita),
        new("973818511182794752", "BATAM", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1244607995103498240", "BAUBAU", RegionId.Sulawesi, IndonesianTimeZone.Wita),
        new("973818511732248576", "BEKASI", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818519986638848", "BENGKULU", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1244607994952503296", "BINJAI", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1178839445454016512", "BLITAR", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818511514144768", "BOGOR", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1725288142161850368", "BONDOWOSO", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1711879790585196544", "BONTANG", RegionId.Kalimantan, IndonesianTimeZone.Wita),
        new("1651376867036377088", "CIANJUR", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1169755844871467008", "CIKARANG", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818512071987200", "CILEGON", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818512113930240", "CIREBON", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1178839445470793728", "DEPOK", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1222305861108510720", "DUMAI", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1244607995048972288", "DURI", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1005975403937935360", "GARUT", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818520355737600", "GORONTALO", RegionId.Sulawesi, IndonesianTimeZone.Wita),
        new("1090769139527593984", "GRESIK", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1897438487989202944", "INDRAMAYU", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("967969975509716992", "JAKARTA", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818516421480448", "JAMBI", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("973818520292823040", "JAYAPURA", RegionId.PapuaMaluku, IndonesianTimeZone.Wit),
        new("1111417698853597184", "JEMBER", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818520678699008", "KARAWANG", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1129169668045549568", "KEDIRI", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1244607994969280512", "KENDARI", RegionId.Sulawesi, IndonesianTimeZone.Wita),
        new("1244607994981863424", "KETAPANG", RegionId.Kalimantan, IndonesianTimeZone.Wib),
        new("1055594867410874368", "KISARAN", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1867676382226558976", "KLATEN", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1722030173747949568", "KUALA KAPUAS", RegionId.Kalimantan, IndonesianTimeZone.Wib),
        new("973818520850665472", "KUPANG", RegionId.BaliNusaTenggara, IndonesianTimeZone.Wita),
        new("973818516572475392", "LAMPUNG", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1244607995032195072", "LUBUKLINGGAU", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1178839445361741824", "MADIUN", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818514898948096", "MAKASSAR", RegionId.Sulawesi, IndonesianTimeZone.Wita),
        new("973818515335155712", "MALANG", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1244607995065749504", "MAMUJU", RegionId.Sulawesi, IndonesianTimeZone.Wita),
        new("973818515440013312", "MANADO", RegionId.Sulawesi, IndonesianTimeZone.Wita),
        new("1443370010952085504", "MANOKWARI", RegionId.PapuaMaluku, IndonesianTimeZone.Wit),
        new("973818520519315456", "MATARAM", RegionId.BaliNusaTenggara, IndonesianTimeZone.Wita),
        new("973818515087691776", "MEDAN", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1178839445403684864", "MOJOKERTO", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818520594812928", "PADANG", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("973818520158605312", "PALANGKARAYA", RegionId.Kalimantan, IndonesianTimeZone.Wib),
        new("973818515746197504", "PALEMBANG", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("973818520410263552", "PALU", RegionId.Sulawesi, IndonesianTimeZone.Wita),
        new("1197682360502464512", "PANGKAL PINANG", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1070830258023837696", "PEKALONGAN", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818519131000832", "PEKANBARU", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1244607995137052672", "PEMATANG SIANTAR", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1244607995116081152", "PONOROGO", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818517893681152", "PONTIANAK", RegionId.Kalimantan, IndonesianTimeZone.Wib),
        new("1244607995015417856", "PRABUMULIH", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1178839445420462080", "PROBOLINGGO", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1178839445500153856", "PURWAKARTA", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1178839445437239296", "PURWOKERTO", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1103067679159234560", "RANTAU PRAPAT", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1584791871496925184", "ROKAN HILIR", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("973818514064281600", "SAMARINDA", RegionId.Kalimantan, IndonesianTimeZone.Wita),
        new("1244607994877005824", "SAMPIT", RegionId.Kalimantan, IndonesianTimeZone.Wib),
        new("973818514206887936", "SEMARANG", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1244607995082526720", "SERANG", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("987103552646156288", "SIDOARJO", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818520464789504", "SINGKAWANG", RegionId.Kalimantan, IndonesianTimeZone.Wib),
        new("1072645973232070656", "SOLO", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1235714215080112128", "SORONG", RegionId.PapuaMaluku, IndonesianTimeZone.Wit),
        new("973818520808722432", "SUMEDANG", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818513581936640", "SURABAYA", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818514345299968", "TANGERANG", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("973818520758390784", "TANJUNG PINANG", RegionId.Sumatera, IndonesianTimeZone.Wib),
        new("1605700896530903040", "TARAKAN", RegionId.Kalimantan, IndonesianTimeZone.Wita),
        new("973818520234102784", "TASIKMALAYA", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("1178839445546291200", "TEGAL", RegionId.Jawa, IndonesianTimeZone.Wib),
        new("996542011358056448", "TERNATE", RegionId.PapuaMaluku, IndonesianTimeZone.Wit),
        new("1851329662932758528", "TIMIKA", RegionId.PapuaMaluku, IndonesianTimeZone.Wit),
        new("973818517310672896", "YOGYAKARTA", RegionId.Jawa, IndonesianTimeZone.Wib),
    ];

    private static readonly Dictionary<string, City> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private static readonly Dictionary<string, City> ByName = All.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public static City? FindById(string id) => ById.GetValueOrDefault(id);

    /// <summary>Finds a city by name, ignoring case and surrounding spaces ("jakarta", " Bandung ").</summary>
    public static City? FindByName(string name) => ByName.GetValueOrDefault(name.Trim());

    /// <summary>
    /// A city TIX returns that the table does not know: kept, in the unassigned region, on WIB (the national zone)
    /// until someone maps it.
    /// </summary>
    public static City Unmapped(string id, string name) =>
        new(id, name.Trim().ToUpperInvariant(), RegionId.Unassigned, IndonesianTimeZone.Wib);
}
