using System.Globalization;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// What a person did through the command line, in the same audit trail and with the same action words as the Admin's
/// commands (<see cref="AuditActions"/>): the user is <c>cli:</c> and the account that ran the command.
/// </summary>
internal static class CliAudit
{
    public const string Role = "cli";

    public static string User => $"cli:{Environment.UserName}";

    public static Task RecordAsync(IServiceProvider services, string action, string target, string? detail, CancellationToken cancellationToken)
    {
        var at = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var id = string.Create(CultureInfo.InvariantCulture, $"{at.UtcDateTime:yyyyMMddTHHmmssfff}_{Guid.NewGuid().ToString("N")[..8]}");
        return services.GetRequiredService<IAuditStore>().AppendAsync(new AuditEntry(id, at, User, Role, action, target, detail), cancellationToken);
    }
}
