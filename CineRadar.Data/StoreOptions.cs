namespace CineRadar.Data;

/// <summary>Which store the services use, bound from the <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Firestore</c>.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    public SqliteStoreOptions Sqlite { get; set; } = new();
}

public enum StoreProvider
{
    Sqlite,
    Firestore,
}

public sealed class SqliteStoreOptions
{
    /// <summary>Path of the database file; relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "cineradar.db");
}
