using System.Xml.Linq;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CineRadar.Data.Webhooks;

/// <summary>The Data Protection key ring kept in the store (<see cref="IDataProtectionKeyStore"/>), read and written directly.</summary>
internal sealed class StoreXmlRepository(IDataProtectionKeyStore keys) : IXmlRepository
{
    // Data Protection asks synchronously.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        keys.ListAsync().GetAwaiter().GetResult().Select(k => XElement.Parse(k.Xml)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        keys.AddAsync(new DataProtectionKeyRecord(friendlyName, element.ToString(SaveOptions.DisableFormatting))).GetAwaiter().GetResult();
}
