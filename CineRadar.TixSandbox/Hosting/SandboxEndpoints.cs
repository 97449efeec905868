namespace CineRadar.TixSandbox.Hosting;

internal enum SandboxOrigin
{
    App,
    Api,
}

/// <summary>Which of the two origins an endpoint lives on; it answers 404 on the other one.</summary>
internal sealed record OriginMetadata(SandboxOrigin Origin);

/// <summary>The fault group an API endpoint belongs to; endpoints without one are never faulted.</summary>
internal sealed record FaultGroupMetadata(EndpointGroup Group);

internal static class SandboxEndpoints
{
    public static TBuilder OnOrigin<TBuilder>(this TBuilder builder, SandboxOrigin origin) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OriginMetadata(origin));

    public static TBuilder InFaultGroup<TBuilder>(this TBuilder builder, EndpointGroup group) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new FaultGroupMetadata(group));
}
