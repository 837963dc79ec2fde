using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Sailplan.Core.Metrics;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Metrics;

public sealed class TargetForm
{
    [Display(Name = "Period")]
    public PeriodKind PeriodKind { get; set; } = PeriodKind.Quarter;

    [Display(Name = "Period start")]
    public DateOnly? PeriodStart { get; set; }

    [Display(Name = "Unit")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Target")]
    public decimal? Target { get; set; }

    [Display(Name = "Red threshold")]
    public decimal? RedThreshold { get; set; }

    public int Version { get; set; }

    public static TargetForm From(KpiTarget target) => new()
    {
        PeriodKind = target.PeriodKind,
        PeriodStart = target.PeriodStart,
        UnitId = target.UnitId,
        Target = Labels.Trim(target.Target),
        RedThreshold = Labels.Trim(target.RedThreshold),
        Version = target.Version,
    };

    /// <summary>What the form cannot hand to the domain at all: empty dates and numbers. Empty when complete.</summary>
    public IEnumerable<(string Input, string Message)> Gaps()
    {
        if (PeriodStart is null)
        {
            yield return ("Input.PeriodStart", "Give the first day of the period.");
        }

        if (Target is null)
        {
            yield return ("Input.Target", "Give the target value.");
        }

        if (RedThreshold is null)
        {
            yield return ("Input.RedThreshold", "Give the red threshold.");
        }
    }

    public TargetInput ToInput(Guid kpiId) => new(kpiId, PeriodKind, PeriodStart ?? default, Target ?? 0, RedThreshold ?? 0, UnitId, Version);

    /// <summary>"Mar 2026", "Q1 2026" or "2026".</summary>
    public static string Period(KpiTarget target) => target.PeriodKind switch
    {
        PeriodKind.Month => target.PeriodStart.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"Q{(target.PeriodStart.Month - 1) / 3 + 1} {target.PeriodStart.Year}",
        _ => target.PeriodStart.Year.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>What the target fields partial needs: the form, the units a target may be for, the KPI's unit.</summary>
public sealed record TargetFields(TargetForm Input, IReadOnlyList<Choice> Units, string KpiUnit);
