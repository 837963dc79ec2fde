namespace Sailplan.Core.Metrics;

public enum DriverPolarity
{
    /// <summary>Done well, it delights (e.g. agent knowledge).</summary>
    Satisfaction,

    /// <summary>Done badly, it annoys (e.g. waiting time); done well it is merely expected.</summary>
    Dissatisfaction,
}

/// <summary>
/// Something that moves customers' judgement. It may be read from a survey question (its rating)
/// or from an operational KPI (e.g. waiting time from ASA).
/// </summary>
public sealed class Driver : Entity
{
    private Driver(Guid organizationId) : base(organizationId) { }

    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public DriverPolarity Polarity { get; private set; }
    public Guid DimensionId { get; private set; }
    public string? SurveyQuestion { get; private set; }
    public Guid? KpiId { get; private set; }

    public static Driver Create(Guid organizationId, string name, DriverPolarity polarity, Guid dimensionId,
        string? description = null, string? surveyQuestion = null, Guid? kpiId = null)
    {
        var driver = new Driver(organizationId);
        driver.Update(name, polarity, dimensionId, description, surveyQuestion, kpiId);
        return driver;
    }

    public void Update(string name, DriverPolarity polarity, Guid dimensionId, string? description, string? surveyQuestion, Guid? kpiId)
    {
        if (dimensionId == Guid.Empty)
        {
            throw new DomainException("dimensionId", $"The driver '{name}' needs a dimension.");
        }

        Name = Require.Text(name, "name", 120);
        Polarity = Require.Defined(polarity, "polarity");
        DimensionId = dimensionId;
        Description = Require.OptionalText(description, "description", 2000);
        SurveyQuestion = Require.OptionalText(surveyQuestion, "surveyQuestion", 300);
        KpiId = kpiId;
    }
}
