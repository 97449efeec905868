using System.Text;

namespace CineRadar.Testing;

/// <summary>Reads a <c>text/event-stream</c> block by block (an event, or a comment such as a heartbeat), as a browser does.</summary>
public sealed class EventStreamReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next block's lines; null when the site ended the stream.</summary>
    public async Task<IReadOnlyList<string>?> NextAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    return lines;
                }

                continue;
            }

            lines.Add(line);
        }

        return lines.Count > 0 ? lines : null;
    }

    /// <summary>The next event (comments skipped): its type and data.</summary>
    public async Task<(string Type, string Data)?> NextEventAsync(CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken) is { } block)
        {
            if (block.All(l => l.StartsWith(':')))
            {
                continue;
            }

            return (Field(block, "event"), Field(block, "data"));
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();

    private static string Field(IReadOnlyList<string> block, string name) =>
        block.Where(l => l.StartsWith(name + ": ", StringComparison.Ordinal)).Select(l => l[(name.Length + 2)..]).SingleOrDefault() ?? "";
}
