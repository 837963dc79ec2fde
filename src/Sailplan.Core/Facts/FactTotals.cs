namespace Sailplan.Core.Facts;

/// <summary>Everything the KPI engine needs about one period and slice: summed contact and survey cells.</summary>
public sealed class FactTotals
{
    public ContactTotals Contacts { get; } = new();
    public SurveyTotals Relationship { get; } = new();
    public SurveyTotals Transactional { get; } = new();

    public SurveyTotals Surveys(SurveyType type) => type == SurveyType.Relationship ? Relationship : Transactional;

    public void Add(FactTotals other)
    {
        Contacts.Add(other.Contacts);
        Relationship.Add(other.Relationship);
        Transactional.Add(other.Transactional);
    }
}
