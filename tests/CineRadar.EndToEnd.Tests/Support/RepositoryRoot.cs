namespace CineRadar.EndToEnd.Tests.Support;

/// <summary>The repository's root folder: the first folder above the test output that holds <c>CineRadar.sln</c>.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CineRadar.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CineRadar.sln not found above the test's folder.");
    });

    public static string Path => Root.Value;
}
