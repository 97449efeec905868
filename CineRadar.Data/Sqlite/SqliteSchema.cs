using Dapper;
using Microsoft.Data.Sqlite;

namespace CineRadar.Data.Sqlite;

/// <summary>
/// The SQLite schema as an ordered list of migrations. A database records the last one it applied in
/// <c>PRAGMA user_version</c>; opening it applies the rest, in one transaction each.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE city_listings (
            date TEXT NOT NULL, movie_id TEXT NOT NULL, city_id TEXT NOT NULL, city_name TEXT NOT NULL,
            movie_json TEXT NOT NULL, theatres_json TEXT NOT NULL, run_id TEXT NOT NULL, scraped_at TEXT NOT NULL,
            PRIMARY KEY (date, movie_id, city_id));
        CREATE INDEX city_listings_by_city ON city_listings (date, city_id);

        CREATE TABLE snapshots (date TEXT PRIMARY KEY, scraped_at TEXT NOT NULL, json TEXT NOT NULL);

        CREATE TABLE theatres (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT, merchant TEXT NOT NULL,
            city_id TEXT NOT NULL, city_name TEXT NOT NULL, room_types_json TEXT NOT NULL,
            first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
            latitude REAL, longitude REAL, location_source TEXT, place_id TEXT, location_updated_at TEXT);
        CREATE INDEX theatres_by_city ON theatres (city_id);

        CREATE TABLE seat_samples (
            showtime_id TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL,
            sampled_at TEXT NOT NULL, starts_at TEXT NOT NULL,
            movie_id TEXT NOT NULL, theatre_id TEXT NOT NULL, city_id TEXT NOT NULL, merchant TEXT NOT NULL,
            room_category TEXT NOT NULL, total INTEGER NOT NULL, available INTEGER NOT NULL, unavailable INTEGER NOT NULL,
            house_locked INTEGER NOT NULL, rows_json TEXT NOT NULL, ignored_json TEXT NOT NULL,
            PRIMARY KEY (showtime_id, kind));
        CREATE INDEX seat_samples_by_date ON seat_samples (date);

        CREATE TABLE showtime_estimates (
            date TEXT NOT NULL, showtime_id TEXT NOT NULL, movie_id TEXT NOT NULL, movie_title TEXT NOT NULL,
            theatre_id TEXT NOT NULL, theatre_name TEXT NOT NULL, city_id TEXT NOT NULL, city_name TEXT NOT NULL,
            merchant TEXT NOT NULL, room_category TEXT NOT NULL, display_time TEXT NOT NULL, starts_at TEXT NOT NULL,
            capacity INTEGER NOT NULL, admissions INTEGER NOT NULL, ticket_price INTEGER, basis TEXT NOT NULL,
            house_locked INTEGER NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (date, showtime_id));

        CREATE TABLE daily_rollups (
            date TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
            admissions INTEGER NOT NULL, gross INTEGER NOT NULL, capacity INTEGER NOT NULL,
            showtimes INTEGER NOT NULL, estimated_showtimes INTEGER NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (date, dimension, key));
        CREATE INDEX daily_rollups_by_key ON daily_rollups (dimension, key, date);

        CREATE TABLE runs (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, status TEXT NOT NULL,
            date TEXT NOT NULL, days INTEGER NOT NULL, requested_by TEXT NOT NULL, trigger TEXT NOT NULL,
            created_at TEXT NOT NULL, started_at TEXT, finished_at TEXT, error TEXT, trace_id TEXT);
        CREATE INDEX runs_by_status ON runs (status, seq);

        CREATE TABLE work_items (
            run_id TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, position INTEGER NOT NULL,
            status TEXT NOT NULL, owner TEXT, lease_until TEXT, attempts INTEGER NOT NULL, reason TEXT,
            movies INTEGER NOT NULL, theatres INTEGER NOT NULL, showtimes INTEGER NOT NULL, requests INTEGER NOT NULL,
            finished_at TEXT, trace_id TEXT,
            PRIMARY KEY (run_id, key));

        CREATE TABLE staged_results (
            run_id TEXT NOT NULL, key TEXT NOT NULL, date TEXT NOT NULL, json TEXT NOT NULL,
            PRIMARY KEY (run_id, key, date));

        CREATE TABLE alerts (
            id TEXT PRIMARY KEY, code TEXT NOT NULL, subject TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
            first_raised_at TEXT NOT NULL, last_raised_at TEXT NOT NULL, occurrences INTEGER NOT NULL, resolved_at TEXT);

        CREATE TABLE audit_log (
            id TEXT PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL,
            target TEXT NOT NULL, detail TEXT);
        CREATE INDEX audit_log_by_time ON audit_log (at);

        CREATE TABLE tix_token (
            id INTEGER PRIMARY KEY CHECK (id = 1), access_token TEXT NOT NULL, refresh_token TEXT NOT NULL,
            access_expires_at TEXT, refresh_expires_at TEXT, phone_masked TEXT NOT NULL, stored_at TEXT NOT NULL,
            last_refresh_at TEXT, last_login_at TEXT);

        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, prefix TEXT NOT NULL, secret_hash TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL, requests_per_minute INTEGER NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL,
            revoked_at TEXT, last_used_at TEXT);

        CREATE TABLE data_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
        INSERT INTO data_version (id, version) VALUES (1, 0);
        """,
        """
        CREATE TABLE leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, lease_until TEXT NOT NULL);
        """,
        """
        ALTER TABLE seat_samples ADD COLUMN room_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE seat_samples ADD COLUMN unavailable_seats TEXT NOT NULL DEFAULT '';
        """,
        """
        ALTER TABLE work_items ADD COLUMN retry_at TEXT;
        ALTER TABLE runs ADD COLUMN publish_anyway INTEGER NOT NULL DEFAULT 0;
        """,
        """
        CREATE TABLE added_cities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
            region TEXT, time_zone TEXT, mapped_by TEXT, mapped_at TEXT);
        """,
        """
        CREATE TABLE data_protection_keys (friendly_name TEXT PRIMARY KEY, xml TEXT NOT NULL);

        CREATE TABLE sign_in_failures (name TEXT NOT NULL, at TEXT NOT NULL);
        CREATE INDEX sign_in_failures_by_name ON sign_in_failures (name, at);
        """,
        """
        ALTER TABLE work_items ADD COLUMN added INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE work_items ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE work_items ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;
        """,
        """
        ALTER TABLE showtime_estimates ADD COLUMN admissions_low INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE showtime_estimates ADD COLUMN admissions_high INTEGER NOT NULL DEFAULT 0;
        UPDATE showtime_estimates SET admissions_low = admissions, admissions_high = admissions;
        ALTER TABLE daily_rollups ADD COLUMN admissions_low INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE daily_rollups ADD COLUMN admissions_high INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE daily_rollups ADD COLUMN gross_low INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE daily_rollups ADD COLUMN gross_high INTEGER NOT NULL DEFAULT 0;
        UPDATE daily_rollups SET admissions_low = admissions, admissions_high = admissions, gross_low = gross, gross_high = gross;
        """,
        """
        CREATE TABLE reading_requests (
            showtime_id TEXT PRIMARY KEY, date TEXT NOT NULL, requested_at TEXT NOT NULL, status TEXT NOT NULL,
            finished_at TEXT, note TEXT);
        CREATE INDEX reading_requests_by_status ON reading_requests (status, requested_at);
        """,
        """
        CREATE TABLE seat_reads (
            date TEXT PRIMARY KEY, design_used INTEGER NOT NULL DEFAULT 0, visitor_used INTEGER NOT NULL DEFAULT 0,
            halted_at TEXT, halt_reason TEXT);
        """,
        """
        CREATE TABLE IF NOT EXISTS export_use (
            date TEXT NOT NULL, key_id TEXT NOT NULL, exports INTEGER NOT NULL, rows INTEGER NOT NULL,
            PRIMARY KEY (date, key_id));
        """,
        // 12: webhooks and their outbox.
        """
        CREATE TABLE webhook_subscriptions (
            id TEXT PRIMARY KEY, key_id TEXT, url TEXT NOT NULL, format TEXT NOT NULL, events TEXT NOT NULL,
            protected_secret TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL);

        CREATE TABLE webhook_deliveries (
            id TEXT PRIMARY KEY, subscription_id TEXT NOT NULL, key_id TEXT, event TEXT NOT NULL, body TEXT NOT NULL,
            status TEXT NOT NULL, created_at TEXT NOT NULL, next_attempt_at TEXT NOT NULL, finished_at TEXT,
            claimed_by TEXT, attempts_json TEXT NOT NULL DEFAULT '[]');
        CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
        CREATE INDEX webhook_deliveries_by_created ON webhook_deliveries (created_at);

        CREATE TABLE webhook_key_ring (friendly_name TEXT PRIMARY KEY, xml TEXT NOT NULL);
        """,
        """
        ALTER TABLE daily_rollups ADD COLUMN admissions_so_far INTEGER;
        ALTER TABLE daily_rollups ADD COLUMN gross_so_far INTEGER;
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var version = await connection.ExecuteScalarAsync<long>("PRAGMA user_version;");
        for (var next = (int)version; next < Migrations.Length; next++)
        {
            using var transaction = connection.BeginTransaction();
            // Another process may have migrated between our read and our write lock: read again under the lock.
            var current = await connection.ExecuteScalarAsync<long>("PRAGMA user_version;", transaction: transaction);
            if (current > next)
            {
                transaction.Commit();
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(Migrations[next], transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync($"PRAGMA user_version = {next + 1};", transaction: transaction);
            transaction.Commit();
        }
    }
}
