namespace CineRadar.Scraper.Tokens;

/// <summary>Phone numbers as TIX's login form wants them, and as logs and the store may show them.</summary>
public static class TixPhone
{
    /// <summary>
    /// The national number the login field takes: without "+", the "62" country prefix or a leading "0"
    /// ("+6281234567890", "6281234567890" and "081234567890" all give "81234567890"). Prefixes only, never a
    /// character-set strip: a number's own 6s and 2s stay.
    /// </summary>
    public static string National(string phone)
    {
        var digits = new string(phone.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }

        if (digits.StartsWith("62", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        else if (digits.StartsWith('0'))
        {
            digits = digits[1..];
        }

        return digits.Length > 0 && digits.All(char.IsAsciiDigit)
            ? digits
            : throw new FormatException("The TIX phone number is not a phone number.");
    }

    /// <summary>The number with all but its first three and last four national digits hidden: "+62812****7890".</summary>
    public static string Mask(string phone)
    {
        var national = National(phone);
        return national.Length <= 7
            ? "+62" + new string('*', national.Length)
            : $"+62{national[..3]}{new string('*', national.Length - 7)}{national[^4..]}";
    }
}
