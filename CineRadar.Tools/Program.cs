using CineRadar.Tools.Cli;

return await DevCommand.Create().Parse(args).InvokeAsync();
