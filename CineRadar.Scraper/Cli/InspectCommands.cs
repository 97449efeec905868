using System.CommandLine;
using System.Text.Json;
using CineRadar.Core.Tix;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// <c>cineradar layout FILE</c> and <c>cineradar schedule FILE</c>: read a saved TIX answer and print what CineRadar
/// makes of it as one JSON object. A file that cannot be read exits with 1 and one line on stderr.
/// </summary>
internal static class InspectCommands
{
    public static Command Layout()
    {
        var file = new Argument<FileInfo>("file") { Description = "A saved seat-layout response (JSON)." };
        var command = new Command("layout", "Print the seats, occupancy and labelled rows of a saved seat-layout response.") { file };
        command.SetAction(result => Inspect(result, result.GetValue(file)!, bytes => InspectionReport.From(TixPayloads.ParseSeatLayout(bytes))));
        return command;
    }

    public static Command Schedule()
    {
        var file = new Argument<FileInfo>("file") { Description = "A saved schedules-page response (JSON)." };
        var command = new Command("schedule", "Print the theatres, rooms (with parsed format and price) and showtimes of a saved schedules page.") { file };
        command.SetAction(result => Inspect(result, result.GetValue(file)!, bytes => InspectionReport.From(TixPayloads.ParseSchedulePage(bytes))));
        return command;
    }

    private static int Inspect<T>(ParseResult result, FileInfo file, Func<byte[], T> read)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cineradar: cannot read {file.Name}: {ex.Message}");
            return 1;
        }

        try
        {
            var report = read(bytes);
            output.WriteLine(JsonSerializer.Serialize(report, InspectionJsonContext.Default.Options.GetTypeInfo(typeof(T))));
            return 0;
        }
        catch (Exception ex) when (ex is TixPayloadException or TixApiException)
        {
            error.WriteLine($"cineradar: {file.Name}: {ex.Message}");
            return 1;
        }
    }
}
