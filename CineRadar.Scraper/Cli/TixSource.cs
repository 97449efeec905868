namespace CineRadar.Scraper.Cli;

/// <summary>
/// The TIX a command talks to, started for that command: its name (printed and stored as <c>Tix:Source</c>), the
/// settings the command's host starts with, and what stops with the command (a sandbox started in-process).
/// </summary>
internal sealed class TixSource(string name, IReadOnlyDictionary<string, string?> settings, IAsyncDisposable? owned = null) : IAsyncDisposable
{
    /// <summary>The configured app and API (real TIX.id by default) with the configured account.</summary>
    public static TixSource Configured { get; } = new("tix", new Dictionary<string, string?> { ["Tix:Source"] = "tix" });

    public string Name { get; } = name;

    /// <summary>Configuration the command's host starts with.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; } = settings;

    public ValueTask DisposeAsync() => owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
