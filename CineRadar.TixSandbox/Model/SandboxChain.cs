namespace CineRadar.TixSandbox.Model;

/// <summary>How a chain's seat-layout payload is shaped (reference §1.5.3).</summary>
internal enum LayoutVariant
{
    /// <summary>XXI: <c>seat_code</c>/<c>max_row</c>/<c>seat_rows</c>; an aisle is a seat number that is missing.</summary>
    NestedGaps,

    /// <summary>Most CGV venues: nested, with aisles present as entries of status 0 and an empty <c>seat_row</c>.</summary>
    NestedAisleEntries,

    /// <summary>Cinépolis: flat <c>row_name</c>/<c>seat_no</c>/<c>seat_status</c>; aisles have status 0.</summary>
    Flat,

    /// <summary>Some CGV venues: flat with <c>seat_yn</c> ("0" gap, "1" seat) and status 0 = sold, 1 = available.</summary>
    FlatCgv,
}

/// <summary>
/// A cinema chain as TIX names it, with the path segment of its seat-layout endpoint (the fourth chain's is the
/// contract's: <see cref="Contracts.SandboxContract.ChainAt"/> is how the API finds a chain by path).
/// </summary>
internal sealed record SandboxChain(string MerchantName, string PathSegment)
{
    public static readonly SandboxChain Xxi = new("XXI", "xxi");
    public static readonly SandboxChain Cgv = new("CGV", "cgv");
    public static readonly SandboxChain Cinepolis = new("Cinépolis", "cinepolis");

    /// <summary>The optional fourth chain; its layouts are nested like XXI's.</summary>
    public static readonly SandboxChain Flix = new("FLIX", "flix");

    public static readonly IReadOnlyList<SandboxChain> All = [Xxi, Cgv, Cinepolis, Flix];
}
