using CineRadar.Core.Stores;

namespace CineRadar.Api.Contracts;

/// <summary>A key of the Admin site's Data Protection key ring: its friendly name and its XML element as text.</summary>
internal sealed record DataProtectionKeyDto(string? FriendlyName, string? Xml)
{
    public static DataProtectionKeyDto From(DataProtectionKeyRecord key) => new(key.FriendlyName, key.Xml);
}

/// <summary>A failed sign-in to record: the name used, and the lockout window in seconds.</summary>
internal sealed record SignInFailureRequest(string? Name, int? WindowSeconds);

/// <summary>How many failed sign-ins a name has within the window.</summary>
internal sealed record SignInFailuresDto(int Failures);

/// <summary>A replica asking for the key ring lease: who it is, and for how many seconds.</summary>
internal sealed record KeyRingLeaseRequest(string? Owner, int? Seconds);

/// <summary>Whether the replica now holds the key ring lease.</summary>
internal sealed record KeyRingLeaseDto(bool Acquired);
