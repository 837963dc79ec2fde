using Sailplan.Core.Facts;

namespace Sailplan.Data.Facts;

/// <summary>
/// What every contact cell holds, day or month: its slice and the sums of <see cref="ContactTotals"/>. The
/// histograms are columns of the row too (<see cref="HistogramColumns"/>, mapped as shadow properties). Not an
/// entity of its own: each table maps these properties as its columns.
/// </summary>
public abstract class ContactCellSums
{
    public Guid OrganizationId { get; set; }
    public string Unit { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Queue { get; set; } = "";
    public long Offered { get; set; }
    public long Answered { get; set; }
    public long Abandoned { get; set; }
    public long Transferred { get; set; }
    public long ResolvedKnown { get; set; }
    public long Resolved { get; set; }
    public long AnsweredWithCustomer { get; set; }
    public long Repeated { get; set; }
    public long HandleSum { get; set; }
    public long HandleSumOfSquares { get; set; }
    public long WaitSum { get; set; }
    public long WaitSumOfSquares { get; set; }
}

/// <summary>What every survey cell holds, day or month: its slice, survey type and the sums of <see cref="SurveyTotals"/>.</summary>
public abstract class SurveyCellSums
{
    public Guid OrganizationId { get; set; }
    public string Unit { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Queue { get; set; } = "";
    public SurveyType SurveyType { get; set; }
    public long Responses { get; set; }
    public long Promoters { get; set; }
    public long Passives { get; set; }
    public long Detractors { get; set; }
    public long CsatAnswers { get; set; }
    public long CsatTopTwo { get; set; }
    public long CsatSum { get; set; }
    public long CsatSumOfSquares { get; set; }
    public long CesAnswers { get; set; }
    public long CesSum { get; set; }
    public long CesSumOfSquares { get; set; }
    public long FcrAnswers { get; set; }
    public long FcrYes { get; set; }
}

/// <summary>One rollup cell of contacts: a local day x unit x channel x queue.</summary>
public sealed class ContactCell : ContactCellSums
{
    public DateOnly Day { get; set; }
}

/// <summary>One rollup cell of survey responses: a local day x unit x channel x queue x survey type.</summary>
public sealed class SurveyCell : SurveyCellSums
{
    public DateOnly Day { get; set; }
}

/// <summary>
/// The contact cells of a calendar month summed: <see cref="Month"/> is the month's first day, so a month x slice
/// is one row to read. Derived from the day cells by <see cref="Rollups.MonthCells"/>.
/// </summary>
public sealed class ContactMonthCell : ContactCellSums
{
    public DateOnly Month { get; set; }
}

/// <summary>The survey cells of a calendar month summed; <see cref="Month"/> is the month's first day.</summary>
public sealed class SurveyMonthCell : SurveyCellSums
{
    public DateOnly Month { get; set; }
}
