using System.CommandLine;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Cli;

/// <summary><c>cineradar keys create | list | revoke</c>: B2B API keys, straight in the store.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var keys = new Command("keys", "Create, list and revoke B2B API keys.");

        var name = new Option<string>("--name") { Description = "Who the key is for.", Required = true };
        var rpm = new Option<int>("--rpm") { Description = "Requests per minute allowed.", DefaultValueFactory = _ => 600 };
        var create = new Command("create", "Create a key; its secret is printed once and never stored.") { name, rpm };
        create.SetAction(async (result, cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValue(name)) || result.GetValue(rpm) is < 1 or > 100_000)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("cineradar: --name must not be empty and --rpm must be 1 to 100000.");
                return 1;
            }

            using var host = CliHost.Build(new Dictionary<string, string?>(), result.GetValue(CineRadarCommand.Verbose));
            var clock = host.Services.GetRequiredService<TimeProvider>();
            var (key, secret) = ApiKeySecrets.Create(result.GetValue(name)!, "b2b", result.GetValue(rpm), CliAudit.User, clock.GetUtcNow());
            await host.Services.GetRequiredService<IApiKeyStore>().CreateAsync(key, cancellationToken);
            await CliAudit.RecordAsync(host.Services, AuditActions.KeyCreate, key.Id, $"{key.Name}, {key.RequestsPerMinute} requests/min", cancellationToken);
            await result.InvocationConfiguration.Output.WriteLineAsync($"{key.Id} {key.Name}: {secret}  (shown once; keep it now)");
            return 0;
        });

        var list = new Command("list", "List keys (never their secrets).");
        list.SetAction(async (result, cancellationToken) =>
        {
            using var host = CliHost.Build(new Dictionary<string, string?>(), result.GetValue(CineRadarCommand.Verbose));
            foreach (var key in await host.Services.GetRequiredService<IApiKeyStore>().ListAsync(cancellationToken))
            {
                await result.InvocationConfiguration.Output.WriteLineAsync(
                    $"{key.Id} {key.Prefix}… {key.Name} ({key.Role}, {key.RequestsPerMinute}/min) created {key.CreatedAt:u} by {key.CreatedBy}"
                    + (key.RevokedAt is { } revoked ? $", revoked {revoked:u}" : ""));
            }

            return 0;
        });

        var id = new Argument<string>("id") { Description = "The key's id." };
        var revoke = new Command("revoke", "Revoke a key.") { id };
        revoke.SetAction(async (result, cancellationToken) =>
        {
            using var host = CliHost.Build(new Dictionary<string, string?>(), result.GetValue(CineRadarCommand.Verbose));
            var clock = host.Services.GetRequiredService<TimeProvider>();
            if (!await host.Services.GetRequiredService<IApiKeyStore>().RevokeAsync(result.GetValue(id)!, clock.GetUtcNow(), cancellationToken))
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"cineradar: there is no active key {result.GetValue(id)}.");
                return 1;
            }

            await CliAudit.RecordAsync(host.Services, AuditActions.KeyRevoke, result.GetValue(id)!, null, cancellationToken);
            await result.InvocationConfiguration.Output.WriteLineAsync($"{result.GetValue(id)} revoked");
            return 0;
        });

        keys.Subcommands.Add(create);
        keys.Subcommands.Add(list);
        keys.Subcommands.Add(revoke);
        return keys;
    }
}
