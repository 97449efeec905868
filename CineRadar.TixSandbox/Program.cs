using CineRadar.TixSandbox.Hosting;

// Standalone: `dotnet run --project CineRadar.TixSandbox [--app-port 5180] [--api-port 5181] [--seed N]` prints both URLs.
SandboxHost.CreateStandalone(args).Run();
