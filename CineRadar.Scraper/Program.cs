using CineRadar.Scraper.Cli;

return await CineRadarCommand.Create().Parse(args).InvokeAsync();
