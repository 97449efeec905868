using System.CommandLine;
using System.Text.Json;
using CineRadar.Core.Time;
using CineRadar.Tools.Simulation;

namespace CineRadar.Tools.Cli;

/// <summary><c>cineradar-dev seats simulate-day</c>: a whole national day against an in-process sandbox, as JSON.</summary>
internal static class SimulateDayCommand
{
    public static Command Create()
    {
        var date = new Option<DateOnly?>("--date") { Description = "The WIB date to simulate (today by default)." };
        var budget = new Option<double>("--budget") { Description = "Requests per second towards the sandbox.", DefaultValueFactory = _ => 3 };
        var seed = new Option<long?>("--seed") { Description = "The sandbox's seed (its default otherwise)." };
        var city = new Option<string[]>("--city") { Description = "Simulate only these cities (all by default).", Arity = ArgumentArity.ZeroOrMore };
        var from = new Option<TimeOnly?>("--from") { Description = "The WIB time the day starts with its sweep (04:30 by default); earlier shows are not judged." };
        var changes = new Option<bool>("--changes") { Description = "The sandbox adds, moves and cancels shows during the day (Sandbox:Changes)." };
        var noResweeps = new Option<bool>("--no-resweeps") { Description = "No re-sweeps during the day: the morning sweep's schedules only." };
        var demand = new Option<string>("--demand")
        {
            Description = "When tickets are bought in the sandbox (Sandbox:Sales:Model): standard, late-rush or presale-weekend.",
            DefaultValueFactory = _ => SimulationChoices.Standard,
        };
        demand.AcceptOnlyFromAmong([.. SimulationChoices.Demands.Keys]);
        var blocking = new Option<string>("--blocking")
        {
            Description = "Blocked seats per room or drawn per show (Sandbox:Sales:Blocking): room or show.",
            DefaultValueFactory = _ => SimulationChoices.Room,
        };
        blocking.AcceptOnlyFromAmong([.. SimulationChoices.Blockings.Keys]);
        var cap = new Option<int?>("--cap") { Description = "The scraper's daily request cap (Sampling:DailyRequestCap; 0: none)." };
        var keep = new Option<string?>("--keep") { Description = "Keep the day's SQLite store (day.db) and the sandbox's ground truth (truth.json) in this folder." };
        var days = new Option<int>("--days")
        {
            Description = "Simulate this many days one after the other on one store, so that each day's projection learns from the days before (prints a JSON array of day reports when more than one).",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("simulate-day", "Run a whole national day against an in-process sandbox on a simulated clock and compare the estimates with its ground truth (prints JSON).")
        {
            date, budget, seed, city, from, changes, noResweeps, demand, blocking, cap, keep, days,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(budget) <= 0)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("cineradar: --budget must be a positive number.");
                return 1;
            }

            if (result.GetValue(days) is < 1 or > 31)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("cineradar: --days must be a whole number from 1 to 31.");
                return 1;
            }

            if (result.GetValue(cap) is < 0)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("cineradar: --cap must be 0 (no cap) or a positive number.");
                return 1;
            }

            var settings = new DaySimulation.Settings(
                result.GetValue(date) ?? TimeProvider.System.Today(),
                result.GetValue(budget),
                result.GetValue(seed),
                result.GetValue(city) ?? [],
                result.GetValue(from),
                result.GetValue(changes),
                !result.GetValue(noResweeps),
                SimulationChoices.Demands[result.GetValue(demand)!],
                SimulationChoices.Blockings[result.GetValue(blocking)!],
                result.GetValue(cap),
                result.GetValue(keep),
                result.GetValue(days));
            var reports = await DaySimulation.RunAsync(settings, result.InvocationConfiguration.Error, cancellationToken);
            await result.InvocationConfiguration.Output.WriteLineAsync(reports.Count == 1
                ? JsonSerializer.Serialize(reports[0], SimulationJsonContext.Default.SimulationReport)
                : JsonSerializer.Serialize(reports, SimulationJsonContext.Default.IReadOnlyListSimulationReport));
            return 0;
        });
        return command;
    }
}
