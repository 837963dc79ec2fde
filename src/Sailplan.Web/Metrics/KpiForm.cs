using System.ComponentModel.DataAnnotations;
using Sailplan.Core.Metrics;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Metrics;

public sealed class KpiForm
{
    [Display(Name = "Code")]
    public string? Code { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Unit")]
    public string? Unit { get; set; }

    [Display(Name = "Scale minimum")]
    public decimal? ScaleMin { get; set; }

    [Display(Name = "Scale maximum")]
    public decimal? ScaleMax { get; set; }

    [Display(Name = "Direction")]
    public Direction Direction { get; set; }

    [Display(Name = "Formula")]
    public string? Formula { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Dimension")]
    public Guid? DimensionId { get; set; }

    public int Version { get; set; }

    public static KpiForm From(KpiDefinition kpi) => new()
    {
        Code = kpi.Code,
        Name = kpi.Name,
        Unit = kpi.Unit,
        ScaleMin = Labels.Trim(kpi.ScaleMin),
        ScaleMax = Labels.Trim(kpi.ScaleMax),
        Direction = kpi.Direction,
        Formula = kpi.Formula,
        Description = kpi.Description,
        DimensionId = kpi.DimensionId,
        Version = kpi.Version,
    };

    public KpiInput ToInput() => new(Code ?? "", Name ?? "", Unit ?? "", Direction, Formula ?? "", ScaleMin, ScaleMax, Description, DimensionId, Version);
}

/// <summary>What the KPI fields partial needs. The code names the KPI for good, so it is set only when adding.</summary>
public sealed record KpiFields(KpiForm Input, IReadOnlyList<Infrastructure.Choice> Dimensions, bool IsNew);
