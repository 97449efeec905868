using CineRadar.Core.Reference;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary><c>added_cities/{cityId}</c>: one document per city TIX lists beyond CineRadar's table, with its mapping.</summary>
internal sealed class FirestoreCityStore(FirestoreClient client) : ICityStore
{
    public async Task<AddedCity> RecordSeenAsync(string id, string name, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        StoreGuards.Require(id, "city id");
        StoreGuards.Require(name, $"city {id}: name");
        var path = FirestoreLayout.AddedCity(id);
        var seen = FirestoreTime.Truncate(seenAt);
        return await Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            var stored = document is null ? null : Read(document.Fields);
            var city = stored is null
                ? new AddedCity(id, name, seen, seen, null)
                : stored with { Name = name, LastSeen = seen > stored.LastSeen ? seen : stored.LastSeen };
            await client.CommitAsync([DocumentWrite.Set(path, Write(city)).IfUnchanged(document)], cancellationToken);
            return city;
        });
    }

    public async Task<AddedCity?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await client.GetAsync(FirestoreLayout.AddedCity(id), cancellationToken) is { } document ? Read(document.Fields) : null;

    public async Task<IReadOnlyList<AddedCity>> ListAsync(CancellationToken cancellationToken = default) =>
        (await client.ListAsync(FirestoreLayout.AddedCities, cancellationToken))
            .Select(d => Read(d.Fields))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

    public async Task<bool> MapAsync(string id, CityMapping mapping, CancellationToken cancellationToken = default)
    {
        StoreGuards.Check(mapping);
        var path = FirestoreLayout.AddedCity(id);
        return await Optimistic.RunAsync(async () =>
        {
            var document = await client.GetAsync(path, cancellationToken);
            if (document is null)
            {
                return false;
            }

            var mapped = Read(document.Fields) with { Mapping = mapping with { MappedAt = FirestoreTime.Truncate(mapping.MappedAt) } };
            await client.CommitAsync([DocumentWrite.Set(path, Write(mapped)).IfUnchanged(document)], cancellationToken);
            return true;
        });
    }

    private static Dictionary<string, object?> Write(AddedCity city) => new(StringComparer.Ordinal)
    {
        ["city_id"] = city.Id,
        ["name"] = city.Name,
        ["first_seen"] = city.FirstSeen,
        ["last_seen"] = city.LastSeen,
        ["region"] = city.Mapping is { } mapping ? Words.Of(mapping.RegionId) : null,
        ["time_zone"] = city.Mapping is { } zone ? Words.Of(zone.TimeZone) : null,
        ["mapped_by"] = city.Mapping?.MappedBy,
        ["mapped_at"] = city.Mapping?.MappedAt,
    };

    private static AddedCity Read(FirestoreFields fields) => new(
        fields.Required("city_id"),
        fields.String("name") ?? "",
        fields.RequiredInstant("first_seen"),
        fields.RequiredInstant("last_seen"),
        fields.Instant("mapped_at") is { } mappedAt
            ? new CityMapping(
                Words.Parse(fields.String("region"), RegionId.Unassigned),
                Words.Parse(fields.String("time_zone"), IndonesianTimeZone.Wib),
                fields.String("mapped_by") ?? "",
                mappedAt)
            : null);
}
