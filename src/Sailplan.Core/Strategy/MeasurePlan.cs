namespace Sailplan.Core.Strategy;

/// <summary>
/// What an action (a measure) expects to achieve: the change it predicts in a KPI or driver and
/// by when. Stated up front so that the measure can later be judged against it.
/// </summary>
public sealed record Hypothesis(string ExpectedChange, Guid? KpiId = null, decimal? ExpectedDelta = null, DateOnly? By = null);

/// <summary>Where a measure applies: units, contact channels and queues.</summary>
public sealed record MeasureScope(List<Guid> UnitIds, List<string> Channels, List<string> Queues)
{
    public static MeasureScope Everywhere => new([], [], []);
}
