using CineRadar.Core.Catalog;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;
using CineRadar.Data.Tests.Contract;

namespace CineRadar.Data.Tests.Firestore;

/// <summary>Firestore's limits: 1 MiB per document (refused before sending, or wide schedules split) and 500 writes per commit.</summary>
public sealed class FirestoreLimitsTests(FirestoreTestHost host) : LocalFirestoreTests(host)
{
    [Fact]
    public async Task OversizeDocumentIsRefusedBeforeSendingAndNothingStoredIsLost()
    {
        await using var store = NewStore();
        var samples = store.Get<ISeatSampleStore>();
        var stored = TestData.Sample("2000000000000000102", "t60", TestData.ScrapedAt, TestData.Layout(("A", "10_01")));
        await samples.UpsertAsync([stored]);
        var requestsBefore = store.Exchanges.Count;
        var hugeRows = Enumerable.Range(0, 12).Select(i => ($"R{i}", new string('1', 100_000))).ToArray();

        var error = await Assert.ThrowsAsync<FirestoreDocumentTooLargeException>(() => samples.UpsertAsync(
            [stored with { Kind = "final", Layout = TestData.Layout(("A", "00_00")) }, stored with { Kind = "t30", Layout = TestData.Layout(hugeRows) }]));

        Assert.Equal("seat_snapshots/2000000000000000102_t30", error.DocumentPath);
        Assert.Contains("1,048,576", error.Message, StringComparison.Ordinal);
        Assert.Equal(requestsBefore, store.Exchanges.Count);
        var kept = Assert.Single(await samples.GetForShowtimeAsync("2000000000000000102"));
        Assert.Equal("10_01", kept.Layout.Rows.Single().Seats);
    }

    [Fact]
    public async Task WideScheduleIsSplitIntoCitySubDocumentsAndReadsBackWhole()
    {
        await using var store = NewStore();
        var catalog = store.Get<ICatalogStore>();
        var pangkalPinang = Cities.FindByName("PANGKAL PINANG")!;
        var others = Cities.All.Where(c => c != pangkalPinang).Take(39).ToList();
        var wide = new[] { WideSweep(pangkalPinang, theatres: 120) }.Concat(others.Select(c => WideSweep(c, theatres: 6))).ToArray();

        await catalog.PublishAsync(TestData.Publication(wide));

        var moviePath = $"schedules/{TestData.Date:yyyy-MM-dd}/movies/{TestData.KeretaMalam.Id}";
        var movieDocument = store.Fields(moviePath)!;
        Assert.InRange(DocumentSize.Of(moviePath, movieDocument), 1, DocumentSize.MaxBytes);
        Assert.Equal("PANGKAL PINANG", movieDocument["split_cities"]!["arrayValue"]!["values"]![0]!["stringValue"]!.GetValue<string>());
        Assert.False(movieDocument["cities"]!["mapValue"]!["fields"]!.AsObject().ContainsKey("PANGKAL PINANG"));
        Assert.NotNull(store.Fields($"{moviePath}/cities/PANGKAL PINANG"));
        var schedule = (await catalog.GetMovieScheduleAsync(TestData.Date, TestData.KeretaMalam.Id))!;
        Assert.Equal(40, schedule.Cities.Count);
        Assert.Equal(120 + (39 * 6), schedule.Theatres.Count);
        Assert.Equal(
            wide.SelectMany(c => c.Schedules).SelectMany(s => s.Theatres).SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).Order(),
            schedule.Theatres.SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes).Select(s => s.Id).Order());
        Assert.Equal(120, (await catalog.GetSnapshotAsync(TestData.Date))!.Movies.Single().TheatreCounts["PANGKAL PINANG"]);

        await catalog.PublishAsync(TestData.Publication(WideSweep(pangkalPinang, theatres: 1)));

        movieDocument = store.Fields(moviePath)!;
        Assert.Empty(movieDocument["split_cities"]!["arrayValue"]!["values"]?.AsArray() ?? []);
        Assert.Null(store.Fields($"{moviePath}/cities/PANGKAL PINANG"));
        var narrower = (await catalog.GetSchedulesAsync(TestData.Date)).Single();
        Assert.Equal(1 + (39 * 6), narrower.Theatres.Count);
        Assert.Single(narrower.Theatres, t => t.CityName == "PANGKAL PINANG");
    }

    [Fact]
    public async Task LongStagedResultIsChunkedAndReadsBackWhole()
    {
        await using var store = NewStore();
        var runs = store.Get<IRunStore>();
        var sweep = WideSweep(TestData.Jakarta, theatres: 120);
        var run = await runs.QueueAsync(new RunRequest(RunKind.Schedules, TestData.Date, [], "admin", "test"), [new RunItemSpec(TestData.Jakarta.Id, "JAKARTA")]);
        var lease = (await runs.ClaimAsync("worker-a", TimeSpan.FromMinutes(5)))!;

        await runs.CompleteAsync(lease, new WorkItemOutcome(WorkItemStatus.Ok, null, 1, 120, 4320, 121), [sweep]);

        Assert.True(Host.Server.Database.Children($"{store.Documents}/scraper_runs/{run.Id}/staged").Count > 1);
        var staged = Assert.Single(await runs.GetStagedAsync(run.Id));
        Assert.Equal(
            sweep.Schedules.Single().Theatres.SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes),
            staged.Schedules.Single().Theatres.SelectMany(t => t.Rooms).SelectMany(r => r.Showtimes));
    }

    [Fact]
    public async Task SeatSamplesAreCommittedInBatchesOfAtMost500Writes()
    {
        await using var store = NewStore();
        var samples = Enumerable.Range(0, 1201)
            .Select(i => TestData.Sample($"2000000{i:D12}", "t60", TestData.ScrapedAt, TestData.Layout(("A", "1100"))))
            .ToList();

        await store.Get<ISeatSampleStore>().UpsertAsync(samples);

        Assert.Equal([500, 500, 201], store.CommitRequests.Select(w => w.Count));
        Assert.Equal(1201, (await store.Get<ISeatSampleStore>().GetSummariesAsync(TestData.Date)).Count);
    }

    [Fact]
    public async Task AnAtomicCommitOfMoreThan500WritesIsRefusedBeforeSending()
    {
        await using var store = NewStore();
        var writes = Enumerable.Range(0, 501)
            .Select(i => DocumentWrite.Set($"meta/doc-{i}", new Dictionary<string, object?> { ["n"] = i }))
            .ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => store.Get<FirestoreClient>().CommitAsync(writes, CancellationToken.None));

        Assert.Empty(store.Exchanges);
    }

    [Fact]
    public async Task ListingReadsEveryPage()
    {
        await using var store = NewStore();
        var client = store.Get<FirestoreClient>();
        await client.CommitInBatchesAsync(
            Enumerable.Range(0, 650).Select(i => (IReadOnlyList<DocumentWrite>)[DocumentWrite.Set($"paged/doc-{i:D3}", new Dictionary<string, object?> { ["n"] = i })]),
            CancellationToken.None);

        var listed = await client.ListAsync("paged", CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 650), listed.Select(d => d.Fields.Int("n")));
        Assert.Equal(3, store.Exchanges.Count(e => e.Method == "GET"));
    }

    // One movie in one city, with many theatres of three rooms and twelve showtimes each.
    private static CityScrape WideSweep(City city, int theatres) => new(city.Id, city.Name, TestData.Date, [TestData.KeretaMalam],
    [
        new CityMovieSchedule(TestData.KeretaMalam.Id, Enumerable.Range(0, theatres).Select(t =>
        {
            var theatreId = $"11{city.Id[^8..]}{t:D9}";
            return TestData.Theatre(theatreId, $"THEATRE {t} {city.Name}", "XXI", city, Enumerable.Range(0, 3).Select(r =>
                new Room($"ROOM {r}", "Rp40.000", Enumerable.Range(0, 12).Select(s =>
                    TestData.Show($"20{city.Id[^6..]}{t:D4}{r}{s:D6}", $"{10 + s}:{r * 5:D2}", s % 3 == 0 ? 0 : 1, city)).ToList())).ToArray());
        }).ToList()),
    ]);
}
