using System.ComponentModel.DataAnnotations;
using Sailplan.Core.Metrics;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Metrics;

public sealed class DriverForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Polarity")]
    public DriverPolarity Polarity { get; set; }

    [Display(Name = "Dimension")]
    public Guid? DimensionId { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Survey question")]
    public string? SurveyQuestion { get; set; }

    [Display(Name = "Read from KPI")]
    public Guid? KpiId { get; set; }

    public int Version { get; set; }

    public static DriverForm From(Driver driver) => new()
    {
        Name = driver.Name,
        Polarity = driver.Polarity,
        DimensionId = driver.DimensionId,
        Description = driver.Description,
        SurveyQuestion = driver.SurveyQuestion,
        KpiId = driver.KpiId,
        Version = driver.Version,
    };

    /// <summary>An empty dimension goes to the domain as Guid.Empty, which it refuses with its own message.</summary>
    public DriverInput ToInput() => new(Name ?? "", Polarity, DimensionId ?? Guid.Empty, Description, SurveyQuestion, KpiId, Version);
}

/// <summary>What the driver fields partial needs: the form and the dimensions and KPIs to link.</summary>
public sealed record DriverFields(DriverForm Input, IReadOnlyList<Choice> Dimensions, IReadOnlyList<Choice> Kpis)
{
    public static async Task<DriverFields> LoadAsync(DriverForm input, Data.AppDb db, Guid orgId, CancellationToken ct) =>
        new(input, await Choices.DimensionsAsync(db, orgId, ct), await Choices.KpisAsync(db, orgId, ct));
}
