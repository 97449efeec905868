using System.Xml.Linq;
using CineRadar.WebComponents.Api;
using CineRadar.Contracts;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CineRadar.Admin.Auth;

/// <summary>
/// The site's Data Protection key ring, kept in the store through the Api so that every replica and every restart reads
/// the sign-in cookies and form tokens any of them issued. Data Protection reads the ring when it first needs it (and
/// about daily after); when the Api cannot answer, this fails loudly instead of starting a ring of this replica's own.
/// </summary>
public sealed class ApiXmlRepository(IServiceProvider services, ILogger<ApiXmlRepository> logger) : IXmlRepository
{
    // Data Protection asks synchronously; the typed client is transient, so one per call from this singleton.
    private CineRadarApiClient Api => services.GetRequiredService<CineRadarApiClient>();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        try
        {
            return Api.ListDataProtectionKeysAsync().GetAwaiter().GetResult().Select(k => XElement.Parse(k.Xml ?? "")).ToList();
        }
        catch (ApiException ex)
        {
            logger.LogError(ex, "The Data Protection key ring could not be read from the CineRadar Api ({Reason}); sign-ins and forms fail until it answers", ex.Message);
            throw new InvalidOperationException($"The Data Protection key ring could not be read from the CineRadar Api: {ex.Message}", ex);
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        try
        {
            Api.AddDataProtectionKeyAsync(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting))).GetAwaiter().GetResult();
            logger.LogInformation("Data Protection key {FriendlyName} was stored through the CineRadar Api", friendlyName);
        }
        catch (ApiException ex)
        {
            logger.LogError(ex, "The new Data Protection key {FriendlyName} could not be stored through the CineRadar Api ({Reason}); sign-ins and forms fail until it answers", friendlyName, ex.Message);
            throw new InvalidOperationException($"The Data Protection key {friendlyName} could not be stored through the CineRadar Api: {ex.Message}", ex);
        }
    }
}
