// Summarises a test run: counts from the TRX files and line coverage from the coverlet cobertura files.
// Usage: dotnet run eng/TestReport.cs -- <results-directory> [coverage-floor-percent]
// Exit code 1 when a test failed or was skipped, when no result was found, when a test project's coverage was lost (a
// report with lines but no hit at all), or when coverage is under the floor.
using System.Globalization;
using System.Xml.Linq;

var directory = args.Length > 0 ? args[0] : ".ci/out/TestResults";
var floor = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 70.0;
XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

int passed = 0, failed = 0, skipped = 0;
var trxFiles = Directory.GetFiles(directory, "*.trx", SearchOption.AllDirectories);
foreach (var file in trxFiles)
{
    var counters = XDocument.Load(file).Descendants(trx + "Counters").First();
    int Read(string name) => int.Parse(counters.Attribute(name)?.Value ?? "0", CultureInfo.InvariantCulture);
    passed += Read("passed");
    failed += Read("failed") + Read("error") + Read("timeout") + Read("aborted");
    skipped += Read("notExecuted") + Read("inconclusive");
}

// A line counts as covered when any test project's run covered it.
var lines = new Dictionary<(string Package, string File, int Line), bool>();
var lostReports = new List<string>();
foreach (var file in Directory.GetFiles(directory, "coverage.cobertura.xml", SearchOption.AllDirectories))
{
    var report = XDocument.Load(file);
    var reportLines = report.Descendants("line").ToList();
    if (reportLines.Count > 0 && reportLines.All(l => l.Attribute("hits")!.Value == "0"))
    {
        // A test project that loads a logic assembly always runs some of it: no hit at all means the hits were lost.
        lostReports.Add($"{file} ({string.Join(", ", report.Descendants("package").Select(p => p.Attribute("name")!.Value))})");
    }

    var sources = report.Descendants("source").Select(s => s.Value).ToList();
    foreach (var package in report.Descendants("package"))
    {
        var packageName = package.Attribute("name")!.Value;
        foreach (var @class in package.Descendants("class"))
        {
            var fileName = FullPath(@class.Attribute("filename")!.Value, sources);
            foreach (var line in @class.Elements("lines").Elements("line"))
            {
                var key = (packageName, fileName, int.Parse(line.Attribute("number")!.Value, CultureInfo.InvariantCulture));
                var hit = int.Parse(line.Attribute("hits")!.Value, CultureInfo.InvariantCulture) > 0;
                lines[key] = lines.TryGetValue(key, out var seen) ? seen || hit : hit;
            }
        }
    }
}

var exitCode = 0;
if (lines.Count > 0)
{
    Console.WriteLine("Line coverage of the logic projects:");
    foreach (var group in lines.GroupBy(l => l.Key.Package).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {group.Key,-20} {Percent(group.Count(l => l.Value), group.Count()),6:F1}%  ({group.Count(l => l.Value)}/{group.Count()} lines)");
    }

    var total = Percent(lines.Count(l => l.Value), lines.Count);
    Console.WriteLine($"  {"total",-20} {total,6:F1}%  (floor {floor:F0}%)");
    if (total < floor)
    {
        Console.WriteLine($"Coverage {total:F1}% is under the floor of {floor:F0}%.");
        exitCode = 1;
    }
}
else
{
    Console.WriteLine("No coverage data was found.");
    exitCode = 1;
}

foreach (var lost in lostReports)
{
    Console.WriteLine($"Coverage lost: {lost} has no line hit; its test host's hits were never written.");
    exitCode = 1;
}

if (trxFiles.Length == 0)
{
    Console.WriteLine("No test results were found.");
    exitCode = 1;
}

if (failed > 0 || skipped > 0)
{
    exitCode = 1;
}

Console.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
return exitCode;

static double Percent(int covered, int total) => total == 0 ? 100 : 100.0 * covered / total;

// Each report names files relative to its own source roots; the same file must count once across reports.
static string FullPath(string fileName, List<string> sources) =>
    sources.Select(root => Path.GetFullPath(Path.Combine(root, fileName))).FirstOrDefault(File.Exists)
    ?? Path.GetFullPath(fileName);
