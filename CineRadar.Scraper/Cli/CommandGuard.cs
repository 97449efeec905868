using System.CommandLine;
using System.CommandLine.Invocation;

namespace CineRadar.Scraper.Cli;

/// <summary>
/// How a command ends when something it did not expect fails (the store cannot be opened, say): one line on stderr that
/// names the problem and exit code 1, never a stack trace; with <c>--verbose</c> the whole exception follows the line.
/// </summary>
internal static class CommandGuard
{
    /// <summary>Guards the action of <paramref name="command"/> and of every command below it.</summary>
    public static void Apply(Command command, Option<bool> verbose)
    {
        if (command.Action is { } action)
        {
            command.Action = new GuardedAction(action, verbose);
        }

        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand, verbose);
        }
    }

    /// <summary>The exception's message on one line (the one inner exception of an aggregate stands for it).</summary>
    public static string Describe(Exception exception)
    {
        var shown = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return string.Join(' ', shown.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private sealed class GuardedAction(CommandLineAction inner, Option<bool> verbose) : AsynchronousCommandLineAction
    {
        public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
        {
            try
            {
                return inner switch
                {
                    AsynchronousCommandLineAction asynchronous => await asynchronous.InvokeAsync(parseResult, cancellationToken),
                    SynchronousCommandLineAction synchronous => synchronous.Invoke(parseResult),
                    _ => throw new NotSupportedException($"A command action of type {inner.GetType().Name} cannot be guarded."),
                };
            }
            catch (CommandRefusedException refused)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"cineradar: {refused.Message}");
                return 1;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var error = parseResult.InvocationConfiguration.Error;
                var details = parseResult.GetValue(verbose);
                await error.WriteLineAsync($"cineradar: {Describe(ex)}{(details ? "" : " (--verbose for details)")}");
                if (details)
                {
                    await error.WriteLineAsync(ex.ToString());
                }

                return 1;
            }
        }
    }
}
