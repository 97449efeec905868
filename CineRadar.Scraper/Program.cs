using CineRadar.Scraper.Cli;

return await CineRadarCommand.Create(new ConfiguredTixSources()).Parse(args).InvokeAsync();
