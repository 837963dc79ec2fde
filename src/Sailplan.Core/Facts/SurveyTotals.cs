namespace Sailplan.Core.Facts;

/// <summary>
/// The additive statistics of a set of survey responses of one <see cref="SurveyType"/>: one rollup cell
/// (a local day x unit x channel x queue x survey type), or the sum of many. Each score counts only the
/// responses that answered its question.
/// </summary>
public sealed class SurveyTotals
{
    public long Responses { get; set; }

    public long Promoters { get; set; }
    public long Passives { get; set; }
    public long Detractors { get; set; }
    public long NpsAnswers => Promoters + Passives + Detractors;

    /// <summary>1-5 satisfaction: answers, top-2-box (4 or 5), Σx, Σx².</summary>
    public long CsatAnswers { get; set; }
    public long CsatTopTwo { get; set; }
    public long CsatSum { get; set; }
    public long CsatSumOfSquares { get; set; }

    /// <summary>1-7 effort (CES 2.0): answers, Σx, Σx².</summary>
    public long CesAnswers { get; set; }
    public long CesSum { get; set; }
    public long CesSumOfSquares { get; set; }

    /// <summary>"Was your issue resolved?": answers and yes.</summary>
    public long FcrAnswers { get; set; }
    public long FcrYes { get; set; }

    public void Add(SurveyResponse response)
    {
        Responses++;
        switch (response.Nps)
        {
            case >= 9: Promoters++; break;
            case >= 7: Passives++; break;
            case not null: Detractors++; break;
        }

        if (response.Csat is { } csat)
        {
            CsatAnswers++;
            CsatTopTwo += csat >= 4 ? 1 : 0;
            CsatSum += csat;
            CsatSumOfSquares += csat * csat;
        }

        if (response.Ces is { } ces)
        {
            CesAnswers++;
            CesSum += ces;
            CesSumOfSquares += ces * ces;
        }

        if (response.Fcr is { } fcr)
        {
            FcrAnswers++;
            FcrYes += fcr ? 1 : 0;
        }
    }

    public void Add(SurveyTotals other)
    {
        Responses += other.Responses;
        Promoters += other.Promoters;
        Passives += other.Passives;
        Detractors += other.Detractors;
        CsatAnswers += other.CsatAnswers;
        CsatTopTwo += other.CsatTopTwo;
        CsatSum += other.CsatSum;
        CsatSumOfSquares += other.CsatSumOfSquares;
        CesAnswers += other.CesAnswers;
        CesSum += other.CesSum;
        CesSumOfSquares += other.CesSumOfSquares;
        FcrAnswers += other.FcrAnswers;
        FcrYes += other.FcrYes;
    }
}
