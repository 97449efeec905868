namespace CineRadar.Contracts;

// What the Admin site's replicas share through the Api's store.

/// <summary>A key of the Admin site's Data Protection key ring: its friendly name and its XML element as text.</summary>
public sealed record DataProtectionKey(string? FriendlyName, string? Xml);

/// <summary>A failed sign-in to record: the name used, and the lockout window in seconds.</summary>
public sealed record SignInFailureRequest(string? Name, int? WindowSeconds);

/// <summary>How many failed sign-ins a name has within the window.</summary>
public sealed record SignInFailures(int Failures);

/// <summary>A replica asking for the key ring lease: who it is, and for how many seconds.</summary>
public sealed record KeyRingLeaseRequest(string? Owner, int? Seconds);

/// <summary>Whether the replica now holds the key ring lease.</summary>
public sealed record KeyRingLease(bool Acquired);
