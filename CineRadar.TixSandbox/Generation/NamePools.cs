namespace CineRadar.TixSandbox.Generation;

/// <summary>Words the sandbox builds mall names, addresses and movies from.</summary>
internal static class NamePools
{
    public static readonly IReadOnlyList<string> JakartaAreas =
    [
        "SENAYAN", "KELAPA GADING", "PONDOK INDAH", "PURI", "BINTARO", "KEMANG", "CIBUBUR", "SUNTER", "CILANDAK",
        "KUNINGAN", "SUDIRMAN", "THAMRIN", "GANDARIA", "TEBET", "PLUIT", "CIPINANG", "KALIBATA", "RAWAMANGUN",
        "CEMPAKA PUTIH", "KEBAYORAN", "BLOK M", "MANGGA DUA", "CIKINI", "PASAR MINGGU", "CENGKARENG", "GROGOL", "SLIPI",
        "TANJUNG PRIOK", "JATINEGARA", "DUREN SAWIT", "KRAMAT JATI", "PANCORAN", "MAMPANG", "MENTENG", "KEMAYORAN",
        "MERUYA", "KEBON JERUK", "TANAH ABANG", "CIPUTAT", "PEJATEN", "KOTA KASABLANKA", "SEMANGGI", "ANCOL",
    ];

    public static readonly IReadOnlyList<string> GenericAreas =
    [
        "RAYA", "INDAH", "JAYA", "PERMAI", "BARAT", "TIMUR", "SELATAN", "UTARA", "BARU", "CENTRAL", "GALAXY", "PAKUWON",
        "CIPUTRA", "SUMMARECON", "GADING", "SERPONG", "KARAWACI", "ALAM SUTERA", "HARAPAN", "SENTOSA", "MAKMUR", "PERMATA",
    ];

    /// <summary>Mall name patterns: {0} is an area word, {1} the city.</summary>
    public static readonly IReadOnlyList<string> CityMallPatterns =
    [
        "MALL {1}", "PLAZA {1}", "{1} TOWN SQUARE", "TRANS STUDIO MALL {1}", "LIPPO PLAZA {1}", "CIPUTRA WORLD {1}",
        "GRAND MALL {1}", "{1} CITY MALL", "MEGA MALL {1}", "{1} SQUARE", "{0} MALL {1}", "PLAZA {0} {1}",
        "{1} TRADE CENTER", "{0} {1} PARK",
    ];

    public static readonly IReadOnlyList<string> JakartaMallPatterns =
    [
        "{0} MALL", "{0} PLAZA", "{0} SQUARE", "{0} CITY", "MALL {0}", "PLAZA {0}", "{0} TOWN SQUARE", "LIPPO MALL {0}",
        "GRAND {0}", "{0} TRADE CENTER", "{0} PARK",
    ];

    public static readonly IReadOnlyList<string> Streets =
    [
        "Jend. Sudirman", "M.H. Thamrin", "Gatot Subroto", "Diponegoro", "Jend. Ahmad Yani", "Pemuda", "Merdeka",
        "Gajah Mada", "Hayam Wuruk", "Pahlawan", "Veteran", "Asia Afrika", "Basuki Rahmat", "Imam Bonjol",
        "Sisingamangaraja", "Teuku Umar", "Panglima Polim", "Raya Pasar Minggu", "Boulevard Raya", "Kartini",
    ];

    public static readonly IReadOnlyList<string> JakartaDistricts =
        ["Jakarta Pusat", "Jakarta Selatan", "Jakarta Barat", "Jakarta Timur", "Jakarta Utara"];

    public static readonly IReadOnlyList<MovieSeed> Movies =
    [
        new("KERETA MALAM", ["Horror", "Drama"], 105, "D", ""),
        new("PENGHUNI RUMAH TUA", ["Horror"], 98, "D", "INDONESIA"),
        new("AGAK LAIN BANGET", ["Comedy"], 112, "R13+", ""),
        new("SURAT DARI IBU", ["Drama", "Family"], 118, "SU", ""),
        new("KAMPUNG SEBELAH 2", ["Comedy", "Family"], 101, "SU", ""),
        new("TUMBAL DESA GAIB", ["Horror", "Thriller"], 95, "D", ""),
        new("CINTA DI UJUNG SENJA", ["Romance", "Drama"], 110, "R13+", ""),
        new("JAGOAN PASAR BARU", ["Action", "Comedy"], 104, "R", ""),
        new("SANTET KIRIMAN", ["Horror"], 92, "D", ""),
        new("LASKAR NUSANTARA", ["Action", "History"], 135, "R", "INDONESIA"),
        new("NENEK GAYUNG", ["Horror", "Comedy"], 97, "R", ""),
        new("DOA YANG TERTUNDA", ["Drama", "Religious"], 115, "SU", ""),
        new("PETUALANGAN SI KANCIL", ["Animation", "Family"], 88, "P", ""),
        new("MALAM SATU SURO", ["Horror"], 100, "D", ""),
        new("RUMAH MAKAN PADANG RAYA", ["Comedy", "Drama"], 108, "R", ""),
        new("KULIAH KERJA NYATA", ["Horror"], 103, "D", ""),
        new("THE LAST ORBIT", ["Sci-Fi", "Adventure"], 142, "R", "USA"),
        new("KINGDOM OF ASH", ["Fantasy", "Action"], 151, "R", "USA"),
        new("MIDNIGHT PROTOCOL", ["Action", "Thriller"], 124, "D", "USA"),
        new("PAWS & CLAWS 3", ["Animation", "Family"], 94, "SU", "USA"),
        new("THE QUIET HARBOR", ["Drama"], 117, "R", "UNITED KINGDOM"),
        new("SEOUL AFTER RAIN", ["Romance", "Drama"], 121, "R", "KOREA"),
        new("TRAIN OF THE DEAD: RETURN", ["Horror", "Action"], 118, "D", "KOREA"),
        new("STARFALL: PART ONE", ["Sci-Fi", "Action"], 148, "R", ""),
        new("DETECTIVE KOBAYASHI", ["Mystery", "Animation"], 110, "R", "JAPAN"),
        new("SPIRIT OF THE MOUNTAIN", ["Animation", "Fantasy"], 106, "SU", "JAPAN"),
        new("REDLINE RACERS", ["Action"], 127, "R", "USA"),
        new("THE CONJURED HOUSE", ["Horror"], 112, "D", ""),
        new("HONG KONG NOIR", ["Crime", "Thriller"], 119, "D", "HONG KONG"),
        new("MUMBAI MELODY", ["Musical", "Romance"], 146, "R", "INDIA"),
        new("BANGKOK GHOST STORY", ["Horror"], 99, "D", "THAILAND"),
        new("OCEAN GUARDIANS", ["Documentary"], 90, "SU", ""),
        new("SUPERNOVA SQUAD", ["Action", "Sci-Fi"], 136, "R", "USA"),
        new("THE WEDDING PLANNER'S SON", ["Comedy", "Romance"], 102, "R", ""),
        new("ARWAH PENASARAN", ["Horror"], 96, "D", ""),
        new("SANG PEMIMPI MUDA", ["Drama"], 120, "SU", ""),
        new("TIMNAS!", ["Sport", "Drama"], 113, "SU", ""),
        new("KOPI PAHIT", ["Drama"], 104, "R", ""),
        new("HANTU KOS-KOSAN", ["Horror", "Comedy"], 98, "R", ""),
        new("MISI RAHASIA BAPAK", ["Action", "Comedy"], 109, "R", ""),
        new("OPERASI JAKARTA", ["Action", "Thriller"], 121, "D", ""),
        new("KITA DAN HUJAN", ["Romance"], 106, "R13+", ""),
    ];
}

internal sealed record MovieSeed(string Title, IReadOnlyList<string> Genres, int RuntimeMinutes, string AgeCategory, string Country);
