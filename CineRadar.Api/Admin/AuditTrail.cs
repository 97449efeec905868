using System.Globalization;
using CineRadar.Core.Operations;
using CineRadar.Core.Stores;

namespace CineRadar.Api.Admin;

/// <summary>Records every admin command: who asked, in which role, what and on what.</summary>
internal sealed class AuditTrail(IAuditStore audit, TimeProvider clock)
{
    public Task RecordAsync(AdminSiteUser user, string action, string target, string? detail, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var id = string.Create(CultureInfo.InvariantCulture, $"{at.UtcDateTime:yyyyMMddTHHmmssfff}_{Guid.NewGuid().ToString("N")[..8]}");
        return audit.AppendAsync(new AuditEntry(id, at, user.Name, user.Role, action, target, detail), cancellationToken);
    }
}
