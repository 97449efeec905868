namespace CineRadar.Core.Time;

/// <summary>
/// The zone TIX writes a showtime's <c>display_time</c> in (the setting <c>Tix:DisplayTimeZone</c>). The reference
/// does not record it: local to the theatre's city is what cinema apps show, WIB is the other candidate.
/// </summary>
public enum DisplayTimeZoneRule
{
    /// <summary>Local to the theatre's city: WIB, WITA or WIT.</summary>
    City,

    /// <summary>Western Indonesian Time everywhere.</summary>
    Wib,
}
