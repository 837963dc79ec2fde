namespace Sailplan.Bench;

/// <summary>
/// Whether Sailplan's scorecard (from rollups) and DuckDB's (from raw rows) say the same, cell by cell: the counts
/// exactly; AHT, ASA and service level to 1e-9 relative (same sums, different float order); each AHT/ASA percentile's
/// exact value inside the bucket Sailplan's estimate names (Sailplan stores histograms, so it bounds percentiles
/// rather than knowing them).
/// </summary>
internal sealed record ScorecardCheck(int SailplanCells, int DuckCells, int Matched, IReadOnlyList<string> Mismatches,
    int PercentilesInBounds, int Percentiles, double WorstPercentileError)
{
    public bool Agrees => Mismatches.Count == 0 && SailplanCells == DuckCells && Matched == DuckCells && PercentilesInBounds == Percentiles;

    public static ScorecardCheck Compare(IReadOnlyList<SailplanCell> sailplan, IReadOnlyList<DuckCell> duck)
    {
        var byKey = sailplan.Where(c => c.Contacts.Offered > 0).ToDictionary(c => (c.Month, c.Unit));
        var mismatches = new List<string>();
        int matched = 0, inBounds = 0, percentiles = 0;
        var worst = 0.0;
        foreach (var d in duck)
        {
            if (!byKey.TryGetValue((d.Month, d.Unit), out var s))
            {
                mismatches.Add($"{d.Month:yyyy-MM} {d.Unit}: missing in Sailplan");
                continue;
            }

            matched++;
            void Same(string what, double expected, double actual, double tolerance)
            {
                if (Math.Abs(expected - actual) > tolerance * Math.Max(1, Math.Abs(expected)))
                {
                    mismatches.Add($"{d.Month:yyyy-MM} {d.Unit} {what}: DuckDB {expected:R}, Sailplan {actual:R}");
                }
            }

            Same("offered", d.Offered, s.Contacts.Offered, 0);
            Same("answered", d.Answered, s.Contacts.Answered, 0);
            Same("abandoned", d.Abandoned, s.Contacts.Abandoned, 0);
            Same("repeated", d.Repeated, s.Contacts.Repeated, 0);
            Same("aht", d.Aht, s.Kpi("aht").Estimate, 1e-9);
            Same("asa", d.Asa, s.Kpi("asa").Estimate, 1e-9);
            Same("service-level", 100.0 * d.WithinServiceLevel / (d.Answered + d.AbandonedAfterServiceLevel), s.Kpi("service-level").Estimate, 1e-9);
            Same("abandonment", 100.0 * d.Abandoned / d.Offered, s.Kpi("abandonment").Estimate, 1e-9);
            Same("repeat-contact", 100.0 * d.Repeated / d.Answered, s.Kpi("repeat-contact").Estimate, 1e-9);

            foreach (var (code, p, exact) in new[] { ("aht", 0.5, d.P50Handle), ("aht", 0.9, d.P90Handle), ("asa", 0.5, d.P50Wait), ("asa", 0.9, d.P90Wait) })
            {
                percentiles++;
                var estimate = s.Kpi(code).Percentiles.Single(e => e.Percentile == p);
                worst = Math.Max(worst, Math.Abs(estimate.Estimate - exact) / Math.Max(1, exact));
                if (estimate.Lower <= exact && exact < estimate.Upper)
                {
                    inBounds++;
                }
                else
                {
                    mismatches.Add($"{d.Month:yyyy-MM} {d.Unit} {code} p{p * 100:0}: DuckDB {exact}, Sailplan bounds [{estimate.Lower}, {estimate.Upper})");
                }
            }
        }

        return new ScorecardCheck(byKey.Count, duck.Count, matched, mismatches, inBounds, percentiles, worst);
    }

    public void Print()
    {
        Console.WriteLine($"  check: {(Agrees ? "AGREE" : "DISAGREE")}: {Matched} of {DuckCells} DuckDB cells matched ({SailplanCells} in Sailplan); "
            + $"offered, answered, abandoned, repeated equal; AHT, ASA, service level, abandonment, repeat rate within 1e-9; "
            + $"{PercentilesInBounds} of {Percentiles} exact percentiles inside Sailplan's bucket bounds (largest estimate error {WorstPercentileError:P1})");
        foreach (var line in Mismatches.Take(10))
        {
            Console.WriteLine($"    {line}");
        }

        if (Mismatches.Count > 10)
        {
            Console.WriteLine($"    ... and {Mismatches.Count - 10} more");
        }
    }
}
