namespace Sailplan.Core.Metrics;

public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>
/// A KPI in the organisation's catalogue: what it measures, on which scale, which way is good and
/// the exact formula. <see cref="Code"/> is the stable name other parts refer to (e.g. "tnps").
/// </summary>
public sealed class KpiDefinition : Entity
{
    private KpiDefinition(Guid organizationId) : base(organizationId) { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public decimal? ScaleMin { get; private set; }
    public decimal? ScaleMax { get; private set; }
    public Direction Direction { get; private set; }
    public string Formula { get; private set; } = "";
    public string? Description { get; private set; }
    public Guid? DimensionId { get; private set; }

    public static KpiDefinition Create(Guid organizationId, string code, KpiSpec spec)
    {
        var kpi = new KpiDefinition(organizationId) { Code = ValidCode(code) };
        kpi.Update(spec);
        return kpi;
    }

    public void Update(KpiSpec spec)
    {
        if (spec.ScaleMin is { } min && spec.ScaleMax is { } max && max <= min)
        {
            throw new DomainException("scaleMax", $"The scale's maximum {max} must be above its minimum {min}.");
        }

        Name = Require.Text(spec.Name, "name", 120);
        Unit = Require.Text(spec.Unit, "unit", 40);
        ScaleMin = spec.ScaleMin;
        ScaleMax = spec.ScaleMax;
        Direction = Require.Defined(spec.Direction, "direction");
        Formula = Require.Text(spec.Formula, "formula", 2000);
        Description = Require.OptionalText(spec.Description, "description", 2000);
        DimensionId = spec.DimensionId;
    }

    /// <summary>True when <paramref name="value"/> lies on the KPI's scale (open ends are unbounded).</summary>
    public bool OnScale(decimal value) => (ScaleMin is not { } min || value >= min) && (ScaleMax is not { } max || value <= max);

    private static string ValidCode(string code)
    {
        var text = Require.Text(code, "code", 40).ToLowerInvariant();
        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new DomainException("code", $"'{code}' may hold only letters, digits, '-' and '_'.");
        }

        return text;
    }
}

public sealed record KpiSpec(
    string Name,
    string Unit,
    decimal? ScaleMin,
    decimal? ScaleMax,
    Direction Direction,
    string Formula,
    string? Description = null,
    Guid? DimensionId = null);
