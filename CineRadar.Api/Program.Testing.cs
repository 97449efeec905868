// Lets WebApplicationFactory<Program> find the Api's entry point.
public partial class Program;

namespace CineRadar.Api
{
    /// <summary>
    /// A marker for <c>WebApplicationFactory&lt;ApiEntryPoint&gt;</c> in test projects that also see another service's
    /// <c>Program</c> (the TIX sandbox's).
    /// </summary>
    public sealed class ApiEntryPoint;
}
