using AlertSeverities = CineRadar.Contracts.AlertSeverities;
using CineRadar.Core.Operations;
using CineRadar.Core.Reference;
using CineRadar.Core.Runs;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Contracts;

// The admin section's answers, from Core's records: one mapping per wire record.

internal static class RunMapping
{
    extension(RunItem)
    {
        public static RunItem From(WorkItem item) => new(
            item.Key, item.Label, RunWords.Status(item.Status), item.Owner, item.LeaseUntil, item.Attempts, item.Reason, item.Movies, item.Theatres,
            item.Showtimes, item.Requests, item.FinishedAt, item.TraceId, item.RetryAt, item.Added, item.Moved, item.Cancelled);
    }

    extension(Run)
    {
        public static Run From(ScrapeRun run) => new(
            run.Id, RunWords.Kind(run.Kind), RunWords.Status(run.Status), run.Date, run.Days, run.RequestedBy, run.Trigger, run.CreatedAt, run.StartedAt,
            run.FinishedAt, run.Error, run.TraceId, run.ItemsTotal, run.ItemsFinished, run.ItemsFailed, run.Items.Select(RunItem.From).ToList());
    }
}

internal static class TokenStatusMapping
{
    extension(TokenStatus)
    {
        public static TokenStatus From(TixTokenRecord record) => new(
            record.PhoneMasked, record.AccessExpiresAt, record.RefreshExpiresAt, record.StoredAt, record.LastRefreshAt, record.LastLoginAt);
    }
}

internal static class ApiKeyMapping
{
    extension(ApiKeyDto)
    {
        public static ApiKeyDto From(ApiKey key) => new(
            key.Id, key.Name, key.Prefix, key.Role, key.RequestsPerMinute, key.CreatedBy, key.CreatedAt, key.RevokedAt, key.LastUsedAt);
    }

    extension(CreatedApiKey)
    {
        public static CreatedApiKey From(Security.IssuedApiKey issued) => new(ApiKeyDto.From(issued.Key), issued.Secret);
    }
}

internal static class AlertMapping
{
    extension(AlertDto)
    {
        public static AlertDto From(Alert alert) => new(
            alert.Id, alert.Code, alert.Subject, Severity(alert.Severity), alert.Message, alert.FirstRaisedAt, alert.LastRaisedAt,
            alert.Occurrences, alert.ResolvedAt, alert.IsActive);
    }

    private static string Severity(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Info => AlertSeverities.Info,
        AlertSeverity.Warning => AlertSeverities.Warning,
        AlertSeverity.Critical => AlertSeverities.Critical,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "An alert severity the wire has no word for."),
    };
}

internal static class AuditEntryMapping
{
    extension(AuditEntryDto)
    {
        public static AuditEntryDto From(AuditEntry entry) => new(entry.Id, entry.At, entry.User, entry.Role, entry.Action, entry.Target, entry.Detail);
    }
}

internal static class DataProtectionKeyMapping
{
    extension(DataProtectionKey)
    {
        public static DataProtectionKey From(DataProtectionKeyRecord key) => new(key.FriendlyName, key.Xml);
    }
}

internal static class AddedCityDtoMapping
{
    extension(AddedCityDto)
    {
        public static AddedCityDto From(AddedCity added)
        {
            var city = added.ToCity();
            return new(city.Id, city.Name, city.RegionId.ToString(), city.Region.Name, city.TimeZone.Abbreviation(), added.Mapping is not null,
                added.Mapping?.MappedBy, added.Mapping?.MappedAt, added.FirstSeen, added.LastSeen);
        }
    }
}

internal static class SeatReadsTodayMapping
{
    extension(SeatReadsToday)
    {
        public static SeatReadsToday From(SeatReadUse use) => new(
            use.Date, use.Used, use.Cap.IsCapped ? use.Cap.DailyCap : null, use.Cap.VisitorReserve, use.VisitorUsed,
            use.Cap.IsCapped ? use.Cap.VisitorShare : 0, use.HaltedAt, use.HaltReason);
    }
}
