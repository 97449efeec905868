using CineRadar.Core.Catalog;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;

namespace CineRadar.Data.Firestore.Stores;

internal sealed class FirestoreTheatreStore(FirestoreClient client) : ITheatreStore
{
    public async Task<IReadOnlyList<Theatre>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await client.ListAsync(FirestoreLayout.Theatres, cancellationToken)).Select(d => TheatreDocuments.Read(d.Fields)).ToList();

    public async Task<Theatre?> GetAsync(string theatreId, CancellationToken cancellationToken = default) =>
        await client.GetAsync(FirestoreLayout.Theatre(theatreId), cancellationToken) is { } document ? TheatreDocuments.Read(document.Fields) : null;

    public async Task<bool> SetLocationAsync(string theatreId, TheatreLocation location, CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(location);
        var path = FirestoreLayout.Theatre(theatreId);
        return await Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            if (document is null)
            {
                return false;
            }

            var current = TheatreDocuments.Read(document.Fields).Location;
            if (current?.Source == LocationSource.Manual && location.Source == LocationSource.Geocoder)
            {
                return false;
            }

            var write = DocumentWrite.Merge(path, TheatreDocuments.LocationFields(location), TheatreDocuments.LocationFieldNames);
            await client.CommitAsync([write.IfUnchanged(document)], cancellationToken);
            return true;
        });
    }
}
