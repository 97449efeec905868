namespace CineRadar.Admin.Services.Contracts;

// The Api's admin/site section: what this site's replicas share through the store.

/// <summary>A key of this site's Data Protection key ring: its friendly name and its XML element as text.</summary>
public sealed record DataProtectionKey(string FriendlyName, string Xml);

public sealed record SignInFailureRequest(string Name, int WindowSeconds);

public sealed record SignInFailures(int Failures);

public sealed record KeyRingLeaseRequest(string Owner, int Seconds);

public sealed record KeyRingLease(bool Acquired);
