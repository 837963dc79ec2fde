using Sailplan.Core.Facts;

namespace Sailplan.Data.Facts;

/// <summary>
/// One rollup cell of contacts: the <see cref="ContactTotals"/> of a local day x unit x channel x queue. Its
/// histograms are columns of the row (<see cref="HistogramColumns"/>, mapped as shadow properties).
/// </summary>
public sealed class ContactCell
{
    public Guid OrganizationId { get; set; }
    public DateOnly Day { get; set; }
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

/// <summary>One rollup cell of survey responses: the <see cref="SurveyTotals"/> of a local day x unit x channel x queue x survey type.</summary>
public sealed class SurveyCell
{
    public Guid OrganizationId { get; set; }
    public DateOnly Day { get; set; }
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

/// <summary>
/// The contact cells of a calendar month summed: <see cref="Month"/> is the month's first day. Its histograms
/// are columns of the row (<see cref="HistogramColumns"/>, mapped as shadow properties), so a
/// month x slice is one row to read. Derived from the day tables by <see cref="Rollups.MonthCells"/>.
/// </summary>
public sealed class ContactMonthCell
{
    public Guid OrganizationId { get; set; }
    public DateOnly Month { get; set; }
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

/// <summary>The survey cells of a calendar month summed; <see cref="Month"/> is the month's first day.</summary>
public sealed class SurveyMonthCell
{
    public Guid OrganizationId { get; set; }
    public DateOnly Month { get; set; }
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
