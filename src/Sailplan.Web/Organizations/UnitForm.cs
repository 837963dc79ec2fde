using System.ComponentModel.DataAnnotations;
using Sailplan.Core.Organizations;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Organizations;

public sealed class UnitForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Kind")]
    public UnitKind Kind { get; set; } = UnitKind.Team;

    [Display(Name = "Part of")]
    public Guid? ParentId { get; set; }

    public int Version { get; set; }

    public static UnitForm From(Unit unit) => new() { Name = unit.Name, Kind = unit.Kind, ParentId = unit.ParentId, Version = unit.Version };

    public UnitInput ToInput() => new(Name ?? "", Kind, ParentId, Version);
}

/// <summary>What the unit fields partial needs: the form and the units it may sit under.</summary>
public sealed record UnitFields(UnitForm Input, IReadOnlyList<Choice> Parents);
