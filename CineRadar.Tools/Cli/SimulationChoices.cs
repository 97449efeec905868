using CineRadar.TixSandbox;

namespace CineRadar.Tools.Cli;

/// <summary>The names <c>seats simulate-day</c> takes for the sandbox's sales model and seat blocking.</summary>
internal static class SimulationChoices
{
    public const string Standard = "standard";

    public const string Room = "room";

    public static readonly IReadOnlyDictionary<string, SalesModel> Demands = new Dictionary<string, SalesModel>(StringComparer.Ordinal)
    {
        [Standard] = SalesModel.Standard,
        ["late-rush"] = SalesModel.LateRush,
        ["presale-weekend"] = SalesModel.PresaleWeekend,
    };

    public static readonly IReadOnlyDictionary<string, SeatBlocking> Blockings = new Dictionary<string, SeatBlocking>(StringComparer.Ordinal)
    {
        [Room] = SeatBlocking.Room,
        ["show"] = SeatBlocking.Show,
    };

    /// <summary>The name of a sales model as the option spells it.</summary>
    public static string NameOf(SalesModel model) => Demands.Single(d => d.Value == model).Key;

    /// <summary>The name of a blocking mode as the option spells it.</summary>
    public static string NameOf(SeatBlocking blocking) => Blockings.Single(b => b.Value == blocking).Key;
}
