namespace CineRadar.Core.Stores;

/// <summary>One key of the Admin site's Data Protection key ring: the XML element the key ring keeps, under its name.</summary>
public sealed record DataProtectionKeyRecord(string FriendlyName, string Xml);

/// <summary>
/// The Admin site's Data Protection key ring, kept in the durable store so that every replica and every restart signs
/// and reads the same sign-in cookies and form tokens.
/// </summary>
public interface IDataProtectionKeyStore
{
    /// <summary>Every key, ordered by friendly name.</summary>
    Task<IReadOnlyList<DataProtectionKeyRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a key; a key with the same friendly name is replaced.</summary>
    Task AddAsync(DataProtectionKeyRecord key, CancellationToken cancellationToken = default);
}
