using CineRadar.Contracts;

namespace CineRadar.Admin.Operations;

/// <summary>How the Admin names a run's kind; a kind it does not know is shown as the Api wrote it.</summary>
public static class RunKindLabels
{
    public static string Of(string kind) => kind switch
    {
        RunKinds.Schedules => "Schedule sweep",
        RunKinds.Resweep => "Re-sweep",
        RunKinds.Seats => "Seat sampling",
        RunKinds.TokenRefresh => "Token refresh",
        RunKinds.TokenLogin => "TIX login",
        _ => kind,
    };
}
