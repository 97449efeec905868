using CineRadar.Core.Runs;
using CineRadar.Data.Firestore.Client;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>
/// <c>scraper_runs/{runId}</c> with the original's fields where they fit (<c>status</c>, <c>date</c>, <c>run_type</c>
/// — <c>movies</c> for a schedule sweep, as the original's admin reads it — <c>timestamp</c>, and at the end
/// <c>movies</c>, <c>theatres_total</c>, <c>cities</c>, <c>error</c>), and its work items in
/// <c>scraper_runs/{runId}/items/{key}</c>.
/// </summary>
internal static class RunDocuments
{
    public const string ScheduleRunType = "movies";

    public static readonly string[] OpenStatuses = [Words.Of(RunStatus.Queued), Words.Of(RunStatus.Running)];

    public static Dictionary<string, object?> WriteRun(ScrapeRun run, RunRequest request) => new(StringComparer.Ordinal)
    {
        ["run_id"] = run.Id,
        ["run_type"] = run.Kind == RunKind.Schedules ? ScheduleRunType : Words.Of(run.Kind),
        ["status"] = Words.Of(run.Status),
        ["date"] = run.Date,
        ["days"] = run.Days,
        ["city_ids"] = request.CityIds,
        ["requested_by"] = run.RequestedBy,
        ["trigger"] = run.Trigger,
        ["trace_id"] = run.TraceId,
        ["timestamp"] = FirestoreTime.Format(run.CreatedAt),
        ["created_at"] = run.CreatedAt,
        ["started_at"] = null,
        ["finished_at"] = null,
        ["error"] = null,
        ["publish_anyway"] = false,
    };

    public static ScrapeRun ReadRun(StoredDocument run, IEnumerable<StoredDocument> items)
    {
        var fields = run.Fields;
        return new ScrapeRun(
            fields.String("run_id") ?? run.Id,
            fields.String("run_type") is ScheduleRunType ? RunKind.Schedules : Words.Parse(fields.String("run_type"), RunKind.Schedules),
            Words.Parse(fields.String("status"), RunStatus.Failed),
            fields.RequiredDate("date"),
            Math.Max(1, fields.Int("days")),
            fields.String("requested_by") ?? "",
            fields.String("trigger") ?? "",
            fields.Instant("created_at") ?? fields.RequiredInstant("timestamp"),
            fields.Instant("started_at"),
            fields.Instant("finished_at"),
            fields.String("error"),
            fields.String("trace_id"),
            items.Select(i => (Position: i.Fields.Long("position") ?? long.MaxValue, Item: ReadItem(i.Fields)))
                .OrderBy(i => i.Position)
                .Select(i => i.Item)
                .ToList(),
            fields.Bool("publish_anyway"));
    }

    public static Dictionary<string, object?> WriteItem(WorkItem item, int position) => new(StringComparer.Ordinal)
    {
        ["run_id"] = item.RunId,
        ["key"] = item.Key,
        ["label"] = item.Label,
        ["position"] = position,
        ["status"] = Words.Of(item.Status),
        ["owner"] = item.Owner,
        ["lease_until"] = item.LeaseUntil,
        ["attempts"] = item.Attempts,
        ["reason"] = item.Reason,
        ["movies"] = item.Movies,
        ["theatres"] = item.Theatres,
        ["showtimes"] = item.Showtimes,
        ["requests"] = item.Requests,
        ["finished_at"] = item.FinishedAt,
        ["trace_id"] = item.TraceId,
        ["retry_at"] = item.RetryAt,
        ["added"] = item.Added,
        ["moved"] = item.Moved,
        ["cancelled"] = item.Cancelled,
    };

    public static WorkItem ReadItem(FirestoreFields fields) => new(
        fields.Required("run_id"),
        fields.Required("key"),
        fields.String("label") ?? "",
        Words.Parse(fields.String("status"), WorkItemStatus.Pending),
        fields.String("owner"),
        fields.Instant("lease_until"),
        fields.Int("attempts"),
        fields.String("reason"),
        fields.Int("movies"),
        fields.Int("theatres"),
        fields.Int("showtimes"),
        fields.Int("requests"),
        fields.Instant("finished_at"),
        fields.String("trace_id"),
        fields.Instant("retry_at"),
        fields.Int("added"),
        fields.Int("moved"),
        fields.Int("cancelled"));

    /// <summary>The fields that change when an item is claimed, renewed or ends.</summary>
    public static IReadOnlyDictionary<string, object?> ItemState(WorkItem item, IReadOnlyList<string>? movieIds = null)
    {
        var fields = WriteItem(item, 0);
        fields.Remove("run_id");
        fields.Remove("key");
        fields.Remove("label");
        fields.Remove("position");
        if (movieIds is not null)
        {
            fields["movie_ids"] = movieIds;
        }

        return fields;
    }
}
