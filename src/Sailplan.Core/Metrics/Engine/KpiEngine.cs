using Sailplan.Core.Facts;
using Sailplan.Core.Statistics;

namespace Sailplan.Core.Metrics.Engine;

/// <summary>
/// Turns the summed facts of a period and slice (<see cref="FactTotals"/>) into the catalogue's KPI values, each with
/// n and a confidence interval, as docs/metrics.md defines them. Pure: the caller sums the rollup cells.
/// </summary>
public static class KpiEngine
{
    /// <summary>What the recipes read: the totals, the settings and the optional cost.</summary>
    private sealed record Inputs(FactTotals Totals, KpiSettings Settings, decimal? TotalCost)
    {
        public ContactTotals Contacts => Totals.Contacts;
        public double Confidence => Settings.Confidence;
    }

    /// <summary>An interval in the KPI's unit, before the code, unit and provisional flag are stamped on.</summary>
    private sealed record Reading(double Estimate, double Lower, double Upper, long N, string? Note, IReadOnlyList<PercentileEstimate> Percentiles);

    /// <summary>How one KPI is computed. <see cref="UsesRepeatWindow"/>: it looks ahead for repeats, so it is provisional near the latest data.</summary>
    private sealed record Recipe(Func<Inputs, Reading> Read, bool UsesRepeatWindow = false);

    // The definitions as data: each line says which totals form the KPI and by which interval method.
    // docs/metrics.md states the same; KpiEngineTests check each against hand-worked examples.
    private static readonly Dictionary<string, Recipe> Recipes = new(StringComparer.Ordinal)
    {
        ["rnps"] = new(i => Nps(i, i.Totals.Relationship, "No answers to the recommend question in relationship surveys.")),
        ["tnps"] = new(i => Nps(i, i.Totals.Transactional, "No answers to the recommend question in transactional surveys.")),
        ["csat"] = new(i => Share(i, i.Totals.Transactional.CsatTopTwo, i.Totals.Transactional.CsatAnswers,
            "No answers to the satisfaction question in transactional surveys.")),
        ["ces"] = new(i => Mean(i, i.Totals.Transactional.CesAnswers, i.Totals.Transactional.CesSum, i.Totals.Transactional.CesSumOfSquares,
            null, "No answers to the effort question in transactional surveys.")),
        ["fcr"] = new(i => Share(i, i.Contacts.AnsweredWithCustomer - i.Contacts.Repeated, i.Contacts.AnsweredWithCustomer,
            "No answered contacts with a customer id."), UsesRepeatWindow: true),
        ["aht"] = new(i => Mean(i, i.Contacts.Answered, i.Contacts.HandleSum, i.Contacts.HandleSumOfSquares,
            i.Contacts.HandleHistogram, "No answered contacts.")),
        ["asa"] = new(i => Mean(i, i.Contacts.Answered, i.Contacts.WaitSum, i.Contacts.WaitSumOfSquares,
            i.Contacts.WaitAnsweredHistogram, "No answered contacts.")),
        ["service-level"] = new(ServiceLevel),
        ["abandonment"] = new(i => Share(i, i.Contacts.Abandoned, i.Contacts.Answered + i.Contacts.Abandoned, "No offered contacts.")),
        ["cost-per-contact"] = new(CostPerContact),
        ["repeat-contact"] = new(i => Share(i, i.Contacts.Repeated, i.Contacts.AnsweredWithCustomer,
            "No answered contacts with a customer id."), UsesRepeatWindow: true),
    };

    /// <summary>The percentiles reported with AHT and ASA: the median and the 90th.</summary>
    public static IReadOnlyList<double> ReportedPercentiles { get; } = [0.5, 0.9];

    /// <summary>Every KPI code the engine computes, in catalogue order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. KpiCatalogue.Standard.Select(e => e.Code).Where(Recipes.ContainsKey)];

    /// <summary>
    /// One KPI of <paramref name="period"/>. <paramref name="latestDataDay"/>: the last day the organisation has data
    /// for; repeat-based KPIs of a period ending less than the repeat window before it are provisional.
    /// <paramref name="totalCost"/>: the period's total service cost, for cost per contact only (without it that KPI
    /// has no value). An unknown code throws a <see cref="DomainException"/> on "code".
    /// </summary>
    public static KpiValue Compute(string code, FactTotals totals, Period period, DateOnly latestDataDay,
        KpiSettings? settings = null, decimal? totalCost = null)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(period);
        if (totalCost < 0)
        {
            throw new DomainException("totalCost", $"The total cost cannot be negative (it is {totalCost}).");
        }

        if (code is null || !Recipes.TryGetValue(code, out var recipe))
        {
            throw new DomainException("code", $"'{code}' is not a KPI the engine computes; known: {string.Join(", ", Codes)}.");
        }

        settings ??= KpiSettings.Default;
        var reading = recipe.Read(new Inputs(totals, settings, totalCost));
        // A contact on the period's last day is known not to be a repeat only once the window after it has data.
        var provisional = recipe.UsesRepeatWindow && period.To.AddDays(settings.RepeatWindowDays) > latestDataDay;
        return new KpiValue(code, Catalogue(code).Spec.Unit, reading.Estimate, reading.Lower, reading.Upper, reading.N,
            provisional, reading.Note, reading.Percentiles);
    }

    /// <summary>Every KPI of <see cref="Codes"/>, in that order.</summary>
    public static IReadOnlyList<KpiValue> ComputeAll(FactTotals totals, Period period, DateOnly latestDataDay,
        KpiSettings? settings = null, decimal? totalCost = null) =>
        [.. Codes.Select(code => Compute(code, totals, period, latestDataDay, settings, totalCost))];

    /// <summary>
    /// The value's red/amber/green against <paramref name="target"/>, by the catalogue's direction for its code, or
    /// null when the value has no estimate. The target's KPI and period are the caller's to match.
    /// </summary>
    public static KpiStatus? Status(KpiValue value, KpiTarget target)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(target);
        if (!value.HasEstimate)
        {
            return null;
        }

        var status = target.Evaluate((decimal)value.Estimate, Catalogue(value.Code).Spec.Direction);
        var goal = (double)target.Target;
        return new KpiStatus(status, value.HasInterval && value.Lower <= goal && goal <= value.Upper);
    }

    private static KpiCatalogue.Entry Catalogue(string code) =>
        KpiCatalogue.Standard.Single(e => string.Equals(e.Code, code, StringComparison.Ordinal));

    private static Reading Nps(Inputs inputs, SurveyTotals surveys, string noData) =>
        From(NetPromoterScore.AdjustedWald(surveys.Promoters, surveys.Passives, surveys.Detractors, inputs.Confidence), 1, noData);

    private static Reading Share(Inputs inputs, long successes, long n, string noData) =>
        From(Proportions.Wilson(successes, n, inputs.Confidence), 100, noData);

    private static Reading Mean(Inputs inputs, long n, long sum, long sumOfSquares, long[]? histogram, string noData)
    {
        var reading = From(Means.TInterval(n, sum, sumOfSquares, inputs.Confidence), 1, noData);
        if (n == 1)
        {
            reading = reading with { Note = "One value: no interval." };
        }

        return histogram is null
            ? reading
            : reading with { Percentiles = [.. ReportedPercentiles.Select(p => HistogramPercentile.Estimate(DurationBuckets.Edges, histogram, p))] };
    }

    private static Reading ServiceLevel(Inputs inputs)
    {
        var contacts = inputs.Contacts;
        // The threshold is a bucket edge, so "under Y seconds" is exactly the buckets below it.
        var below = DurationBuckets.IndexOf(inputs.Settings.ServiceLevelSeconds);
        var answeredInTime = contacts.WaitAnsweredHistogram.Take(below).Sum();
        var abandonedLate = contacts.WaitAbandonedHistogram.Skip(below).Sum();
        var denominator = inputs.Settings.AbandonedTreatment switch
        {
            AbandonedTreatment.ExcludeShortAbandons => contacts.Answered + abandonedLate,
            AbandonedTreatment.CountAllAsMissed => contacts.Answered + contacts.Abandoned,
            _ => contacts.Answered,
        };
        return Share(inputs, answeredInTime, denominator, "No answered contacts, and none abandoned that count as missed.");
    }

    private static Reading CostPerContact(Inputs inputs)
    {
        var handled = inputs.Contacts.Answered;
        if (inputs.TotalCost is not { } cost)
        {
            return new(double.NaN, double.NaN, double.NaN, handled, "No total cost given for the period.", []);
        }

        // A given total over a count: no sampling error to put an interval on.
        return handled == 0
            ? new(double.NaN, double.NaN, double.NaN, 0, "No handled contacts.", [])
            : new((double)(cost / handled), double.NaN, double.NaN, handled, null, []);
    }

    private static Reading From(Interval interval, double scale, string noData) =>
        new(scale * interval.Estimate, scale * interval.Lower, scale * interval.Upper, interval.N,
            interval.N == 0 ? noData : null, []);
}
