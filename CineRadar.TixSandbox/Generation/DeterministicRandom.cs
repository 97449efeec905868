using System.Text;

namespace CineRadar.TixSandbox.Generation;

/// <summary>
/// A small seeded generator (SplitMix64) whose stream is a pure function of its keys, so that every generated fact
/// depends only on the sandbox seed and what it is about, never on the order things were generated in.
/// </summary>
internal sealed class DeterministicRandom(ulong state)
{
    private ulong _state = state;

    public static DeterministicRandom For(long seed, string topic, long key = 0) =>
        new(StableHash.Combine(StableHash.Combine((ulong)seed, StableHash.Of(topic)), (ulong)key));

    public static DeterministicRandom For(long seed, string topic, string key) => For(seed, topic, (long)StableHash.Of(key));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return StableHash.Finalize(_state);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [minInclusive, maxInclusive].</summary>
    public int Between(int minInclusive, int maxInclusive) =>
        minInclusive + (int)(NextUInt64() % (ulong)(maxInclusive - minInclusive + 1));

    public double Between(double min, double max) => min + NextDouble() * (max - min);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(NextUInt64() % (ulong)items.Count)];

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var target = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>A log-normal factor with median 1.</summary>
    public double LogNormal(double sigma)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Exp(sigma * normal);
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = (int)(NextUInt64() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

/// <summary>Stable 64-bit hashing (FNV-1a and the SplitMix64 finaliser); unlike string.GetHashCode, the same in every process.</summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        return hash;
    }

    public static ulong Combine(ulong a, ulong b) => Finalize(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    /// <summary>A uniform double in [0, 1) that depends only on its inputs.</summary>
    public static double Unit(ulong a, ulong b, ulong c) => (Combine(Combine(a, b), c) >> 11) * (1.0 / (1UL << 53));

    public static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
