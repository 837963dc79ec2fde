using Sailplan.Core.Metrics;

namespace Sailplan.Core.Tests.Metrics;

/// <summary>docs/metrics.md is the reader's reference for every KPI; it must say what the code says.</summary>
public class KpiCatalogueDocsTests
{
    public static TheoryData<string> Codes => [.. KpiCatalogue.Standard.Select(e => e.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_catalogue_kpi_is_documented_with_its_exact_formula_and_direction(string code)
    {
        var entry = KpiCatalogue.Standard.Single(e => e.Code == code);
        var section = Section(Repository.ReadDoc("metrics.md"), $"## {entry.Spec.Name} (`{code}`)");

        Assert.Contains($"- Formula: {entry.Spec.Formula}", section);
        Assert.Contains(entry.Spec.Direction == Direction.HigherIsBetter ? "higher is better" : "lower is better", section);
        Assert.Contains($"- Unit: {entry.Spec.Unit};", section);
        Assert.Contains($"- Dimension: {entry.DimensionName}", section);
    }

    [Fact]
    public void The_catalogue_codes_are_unique_and_name_existing_dimensions()
    {
        Assert.Equal(KpiCatalogue.Standard.Count, KpiCatalogue.Standard.Select(e => e.Code).Distinct().Count());
        var dimensions = Sailplan.Core.Strategy.Dimension.Defaults.Select(d => d.Name).ToHashSet();
        Assert.All(KpiCatalogue.Standard, e => Assert.Contains(e.DimensionName, dimensions));
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/metrics.md has no section '{heading}'.");
        var next = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return next < 0 ? markdown[start..] : markdown[start..next];
    }
}
