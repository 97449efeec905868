using CineRadar.Api.Admin;
using CineRadar.Core.Time;

namespace CineRadar.Api.Apis.Admin;

/// <summary>What every admin command handler needs: the audit trail and the clock.</summary>
internal sealed class AdminServices(AuditTrail audit, TimeProvider clock)
{
    public AuditTrail Audit { get; } = audit;

    public TimeProvider Clock { get; } = clock;

    public DateOnly Today => Clock.Today();
}
