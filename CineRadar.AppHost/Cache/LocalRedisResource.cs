namespace CineRadar.AppHost.Cache;

/// <summary>
/// Redis run from the machine's own <c>redis-server</c> binary, for hosts with no container runtime.
/// It exposes the same connection string shape as the Redis container, so consumers keep <c>AddRedisClient("cache")</c>.
/// </summary>
internal sealed class LocalRedisResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new EndpointReference(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)}");
}
