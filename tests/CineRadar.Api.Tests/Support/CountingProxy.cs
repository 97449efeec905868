using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using CineRadar.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CineRadar.Api.Tests.Support;

/// <summary>Counts the calls made on store ports, by port.</summary>
public sealed class StoreCalls
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public int Of<T>() => _calls.GetValueOrDefault(typeof(T).Name);

    public void Add(Type port) => _calls.AddOrUpdate(port.Name, 1, (_, n) => n + 1);

    /// <summary>Replaces the registration of port <typeparamref name="T"/> with the same implementation behind a counter.</summary>
    public void Count<T>(IServiceCollection services) where T : class => Wrap<T>(services, inner => StoreProxies.Create(inner, () => Add(typeof(T))));

    /// <summary>Counts the calls on every store port.</summary>
    public void CountEvery(IServiceCollection services)
    {
        Count<ICatalogStore>(services);
        Count<ITheatreStore>(services);
        Count<ISeatSampleStore>(services);
        Count<IAdmissionsStore>(services);
        Count<IRunStore>(services);
        Count<IAlertStore>(services);
        Count<IAuditStore>(services);
        Count<ITokenStore>(services);
        Count<IApiKeyStore>(services);
        Count<IDataVersionStore>(services);
        Count<ILeaseStore>(services);
        Count<ICityStore>(services);
    }

    /// <summary>Replaces the registration of port <typeparamref name="T"/> with one whose every call throws.</summary>
    public static void Break<T>(IServiceCollection services) where T : class =>
        Wrap<T>(services, inner => StoreProxies.Create(inner, () => throw new InvalidOperationException("store failure with secret internals")));

    private static void Wrap<T>(IServiceCollection services, Func<T, T> wrap) where T : class
    {
        var registration = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(registration);
        services.AddSingleton(sp => wrap((T)ActivatorUtilities.CreateInstance(sp, registration.ImplementationType!)));
    }
}

public static class StoreProxies
{
    /// <summary>A store port that runs <paramref name="before"/> before passing each call on to <paramref name="inner"/>.</summary>
    public static T Create<T>(T inner, Action before) where T : class
    {
        var proxy = DispatchProxy.Create<T, StoreProxy<T>>();
        var self = (StoreProxy<T>)(object)proxy;
        self.Inner = inner;
        self.Before = before;
        return proxy;
    }
}

public class StoreProxy<T> : DispatchProxy where T : class
{
    internal T Inner { get; set; } = null!;

    internal Action Before { get; set; } = null!;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        Before();
        try
        {
            return targetMethod!.Invoke(Inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
