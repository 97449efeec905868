namespace CineRadar.AppHost;

/// <summary>
/// The store the Api and the Scraper share. Run mode: one SQLite file on this machine (both services get the same full
/// path). Publish mode: Firestore, from the <c>firestore-project</c> parameter and the <c>firestore-credentials</c>
/// secret (a service account's JSON key). A published SQLite store would give every container its own throwaway
/// database, so publishing with <c>Store:Provider=Sqlite</c> is refused. The production shape run here
/// (<see cref="DeploymentShape"/>) uses Firestore too, on the local Firestore host.
/// </summary>
internal sealed class StoreMode
{
    private readonly Action<IResourceBuilder<ProjectResource>> _apply;

    private StoreMode(Action<IResourceBuilder<ProjectResource>> apply) => _apply = apply;

    public static StoreMode Choose(IDistributedApplicationBuilder builder)
    {
        var provider = builder.Configuration["Store:Provider"];
        if (builder.ExecutionContext.IsPublishMode)
        {
            if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                throw new DistributedApplicationException(
                    "CineRadar does not publish a SQLite store: each container would get its own throwaway database. " +
                    "Publish with the Firestore store (the default in publish mode).");
            }

            return Firestore(builder);
        }

        if (DeploymentShape.IsProduction(builder))
        {
            return LocalFirestore(builder);
        }

        return string.Equals(provider, "Firestore", StringComparison.OrdinalIgnoreCase) ? Firestore(builder) : Sqlite(builder);
    }

    public IResourceBuilder<ProjectResource> ApplyTo(IResourceBuilder<ProjectResource> service)
    {
        _apply(service);
        return service;
    }

    private static StoreMode Sqlite(IDistributedApplicationBuilder builder)
    {
        // Aspire starts each project in its own folder, so a relative default would give each service its own database.
        var path = Path.GetFullPath(builder.Configuration["Store:Sqlite:Path"]
            ?? Path.Combine(builder.AppHostDirectory, "..", "data", "cineradar.db"));
        return new StoreMode(service => service
            .WithEnvironment("Store__Provider", "Sqlite")
            .WithEnvironment("Store__Sqlite__Path", path));
    }

    private static StoreMode Firestore(IDistributedApplicationBuilder builder)
    {
        var project = builder.AddParameter("firestore-project");
        var credentials = builder.AddParameter("firestore-credentials", secret: true);
        return new StoreMode(service => service
            .WithEnvironment("Store__Provider", "Firestore")
            .WithEnvironment("Store__Firestore__ProjectId", project)
            .WithEnvironment("Store__Firestore__CredentialsJson", credentials));
    }

    /// <summary>The production shape run here: Firestore's REST API served by the local host, with no credentials.</summary>
    private static StoreMode LocalFirestore(IDistributedApplicationBuilder builder)
    {
        var firestore = builder.AddLocalFirestore("firestore");
        return new StoreMode(service => service
            .WithEnvironment("Store__Provider", "Firestore")
            .WithEnvironment("Store__Firestore__ProjectId", DeploymentShape.LocalFirestoreProject)
            .WithEnvironment("Store__Firestore__EmulatorHost", firestore.GetEndpoint("http").Property(EndpointProperty.HostAndPort))
            .WaitFor(firestore));
    }
}
