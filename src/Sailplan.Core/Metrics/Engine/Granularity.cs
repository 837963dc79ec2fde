namespace Sailplan.Core.Metrics.Engine;

/// <summary>The calendar periods KPIs are reported by. Weeks are ISO 8601 weeks: Monday to Sunday, numbered in their ISO year.</summary>
public enum Granularity
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
