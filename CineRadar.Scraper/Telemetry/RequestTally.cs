namespace CineRadar.Scraper.Telemetry;

/// <summary>
/// Counts the requests one piece of work (a city's sweep) sends to TIX, retries included. The work sets
/// <see cref="Current"/>; every request made in its async flow adds to it.
/// </summary>
public sealed class RequestTally
{
    private static readonly AsyncLocal<RequestTally?> Ambient = new();
    private int _count;

    public static RequestTally? Current => Ambient.Value;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts counting the requests of the current async flow.</summary>
    public static RequestTally Begin() => Ambient.Value = new RequestTally();

    public void Add() => Interlocked.Increment(ref _count);
}
