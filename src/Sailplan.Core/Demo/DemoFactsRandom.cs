namespace Sailplan.Core.Demo;

/// <summary>
/// The draws the demo generator needs, on <see cref="Random"/> with a seed: seeded Random keeps its
/// algorithm across .NET versions, so rows stay the same. Not for anything secret.
/// </summary>
internal sealed class DemoRandom(int seed)
{
#pragma warning disable CA5394 // Synthetic demo data: reproducibility matters, secrecy does not.
    private readonly Random random = new(seed);
    private double? spareNormal;

    public double Uniform() => random.NextDouble();

    public int Below(int count) => random.Next(count);

    public bool Chance(double probability) => random.NextDouble() < probability;
#pragma warning restore CA5394

    /// <summary>Standard normal by Box-Muller; the second value of each pair is kept for the next call.</summary>
    public double Normal()
    {
        if (spareNormal is { } spare)
        {
            spareNormal = null;
            return spare;
        }

        var radius = Math.Sqrt(-2 * Math.Log(1 - Uniform()));
        var angle = 2 * Math.PI * Uniform();
        spareNormal = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    public double Exponential(double mean) => -mean * Math.Log(1 - Uniform());

    /// <summary>Knuth's product method for small means, the normal approximation above 30 (close enough for daily counts).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = Uniform(); product > limit; product *= Uniform())
        {
            count++;
        }

        return count;
    }

    /// <summary>An index drawn with the given weights (not necessarily summing to 1); -1 when all are zero.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        if (total <= 0)
        {
            return -1;
        }

        var target = Uniform() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0 && weights[i] > 0)
            {
                return i;
            }
        }

        // Rounding left a sliver: the last positive weight takes it.
        for (var i = weights.Length - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        return -1;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
