using System.Security.Cryptography;
using CineRadar.Core.Stores;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Data.Webhooks;

/// <summary>
/// Encrypts webhook signing secrets at rest with ASP.NET Data Protection over a key ring kept in the store (apart from the
/// Admin site's, in the same way), so the Api that creates a subscription and any worker that delivers to it read the
/// same keys. Its own provider (application
/// <c>CineRadar.Webhooks</c>) leaves each process's other Data Protection as it is. A secret protected under a key this
/// process has not read yet (another replica made it) is read again with the ring loaded afresh.
/// </summary>
public sealed class WebhookSecretProtector
{
    public const string ApplicationName = "CineRadar.Webhooks";
    private const string Purpose = "webhook-signing-secret";

    private readonly IWebhookStore _store;
    private readonly Lock _gate = new();
    private (ServiceProvider Services, IDataProtector Protector) _current;

    public WebhookSecretProtector(IWebhookStore store)
    {
        _store = store;
        _current = Build();
    }

    public string Protect(string secret) => Current.Protect(secret);

    public string Unprotect(string protectedSecret)
    {
        try
        {
            return Current.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            Reload();
            return Current.Unprotect(protectedSecret);
        }
    }

    private IDataProtector Current
    {
        get
        {
            lock (_gate)
            {
                return _current.Protector;
            }
        }
    }

    private void Reload()
    {
        var fresh = Build();
        lock (_gate)
        {
            _current = fresh;
        }
    }

    private (ServiceProvider, IDataProtector) Build()
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new StoreXmlRepository(_store));
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose));
    }
}
