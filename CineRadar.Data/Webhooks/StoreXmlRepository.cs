using System.Xml.Linq;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CineRadar.Data.Webhooks;

/// <summary>The webhook secrets' Data Protection key ring, kept in the store (<see cref="IWebhookStore.ListSecretKeysAsync"/>).</summary>
internal sealed class StoreXmlRepository(IWebhookStore store) : IXmlRepository
{
    // Data Protection asks synchronously.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.ListSecretKeysAsync().GetAwaiter().GetResult().Select(k => XElement.Parse(k.Xml)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        store.AddSecretKeyAsync(new DataProtectionKeyRecord(friendlyName, element.ToString(SaveOptions.DisableFormatting))).GetAwaiter().GetResult();
}
