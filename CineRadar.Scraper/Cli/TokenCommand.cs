using System.CommandLine;
using CineRadar.Core.Operations;
using CineRadar.Scraper.Tokens;

namespace CineRadar.Scraper.Cli;

/// <summary><c>cineradar token status | refresh | login</c>: the TIX token record, never the tokens themselves.</summary>
internal static class TokenCommand
{
    public static Command Create(ITixSources sources)
    {
        var source = TixSourceOption.Create();
        var token = new Command("token", "Inspect or renew the TIX token.");
        token.Subcommands.Add(Sub(sources, "status", "Show when the stored tokens expire.", source, null, (tokens, _) => tokens.GetRecordAsync(_)));
        token.Subcommands.Add(Sub(sources, "refresh", "Get a new access token with the refresh token.", source, AuditActions.TokenRefresh, (tokens, ct) => Nullable(tokens.RefreshNowAsync(ct))));
        token.Subcommands.Add(Sub(sources, "login", "Log in in the browser and store both tokens.", source, AuditActions.TokenLogin, (tokens, ct) => Nullable(tokens.LoginNowAsync(ct))));
        return token;
    }

    private static async Task<TixTokenRecord?> Nullable(Task<TixTokenRecord> task) => await task;

    /// <param name="audited">The audit action of a command that changes the tokens; null for one that only reads.</param>
    private static Command Sub(
        ITixSources sources, string name, string description, Option<string?> source, string? audited, Func<TixTokenService, CancellationToken, Task<TixTokenRecord?>> act)
    {
        var command = new Command(name, description) { source };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var setup = await sources.StartAsync(result.GetValue(source), result.InvocationConfiguration.Error, cancellationToken);
            using var host = CliHost.Build(setup.Settings, result.GetValue(CineRadarCommand.Verbose));
            var tokens = host.Services.GetRequiredService<TixTokenService>();
            if (audited is not null)
            {
                await CliAudit.RecordAsync(host.Services, audited, "tix", null, cancellationToken);
            }

            try
            {
                var record = await act(tokens, cancellationToken);
                await result.InvocationConfiguration.Output.WriteLineAsync(Describe(record, host.Services.GetRequiredService<TimeProvider>().GetUtcNow()));
                return record is null ? 1 : 0;
            }
            catch (Exception ex) when (ex is TixLoginException or InvalidOperationException or Tix.TixRequestException or HttpRequestException)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"cineradar: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    public static string Describe(TixTokenRecord? record, DateTimeOffset now)
    {
        if (record is null)
        {
            return "No TIX token is stored yet: run 'cineradar token login'.";
        }

        static string Left(DateTimeOffset? at, DateTimeOffset now) => at is { } t
            ? t > now ? $"expires {t:u} (in {Humanize(t - now)})" : $"expired {t:u}"
            : "expiry unknown";
        return $"account {record.PhoneMasked}; access token {Left(record.AccessExpiresAt, now)}; refresh token {Left(record.RefreshExpiresAt, now)}; " +
               $"last refresh {record.LastRefreshAt?.ToString("u") ?? "never"}; last login {record.LastLoginAt?.ToString("u") ?? "never"}";
    }

    private static string Humanize(TimeSpan span) => span.TotalDays >= 2
        ? $"{(int)span.TotalDays} days"
        : span.TotalHours >= 2 ? $"{(int)span.TotalHours} hours" : $"{(int)Math.Ceiling(span.TotalMinutes)} minutes";
}
