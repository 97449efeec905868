namespace CineRadar.TixSandbox.Auth;

/// <summary>Indonesian phone numbers compared by their digits with the country code: "+62812…", "0812…", "812…" are one number.</summary>
internal static class PhoneNumbers
{
    public static string Normalize(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]).TrimStart('0');
        return digits.StartsWith("62", StringComparison.Ordinal) ? digits : "62" + digits;
    }

    public static bool AreSame(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);
}
