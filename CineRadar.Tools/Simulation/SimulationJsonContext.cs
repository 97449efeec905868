using System.Text.Json.Serialization;

namespace CineRadar.Tools.Simulation;

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(SimulationReport))]
[JsonSerializable(typeof(IReadOnlyList<SimulationReport>))]
[JsonSerializable(typeof(RecordedTruth))]
internal sealed partial class SimulationJsonContext : JsonSerializerContext;
