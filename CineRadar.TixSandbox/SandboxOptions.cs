namespace CineRadar.TixSandbox;

/// <summary>The sandbox's settings, bound from the <c>Sandbox</c> section.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Port of the imitation of app.tix.id (the web app).</summary>
    public int AppPort { get; set; } = 5180;

    /// <summary>Port of the imitation of api-b2b.tix.id (the JSON API).</summary>
    public int ApiPort { get; set; } = 5181;

    /// <summary>The TIX account the sandbox accepts at its login page.</summary>
    public DemoAccountOptions DemoAccount { get; set; } = new();
}

public sealed class DemoAccountOptions
{
    public string Phone { get; set; } = "";

    public string Password { get; set; } = "";
}
