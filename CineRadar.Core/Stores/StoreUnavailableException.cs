namespace CineRadar.Core.Stores;

/// <summary>The store cannot be opened or reached (a SQLite file that cannot be opened, say); the message names it.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
