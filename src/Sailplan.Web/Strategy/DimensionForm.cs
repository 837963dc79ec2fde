using System.ComponentModel.DataAnnotations;
using Sailplan.Core.Strategy;

namespace Sailplan.Web.Strategy;

public sealed class DimensionForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Position")]
    public int? Position { get; set; }

    public int Version { get; set; }

    public static DimensionForm From(Dimension dimension) => new()
    {
        Name = dimension.Name,
        Description = dimension.Description,
        Position = dimension.Position,
        Version = dimension.Version,
    };

    public DimensionInput ToInput() => new(Name ?? "", Description, Position, Version);
}
