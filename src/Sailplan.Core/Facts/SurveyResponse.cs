namespace Sailplan.Core.Facts;

public enum SurveyType
{
    /// <summary>Asked periodically of customers, about the company as a whole (rNPS).</summary>
    Relationship,

    /// <summary>Asked right after a service contact, about that contact (tNPS, CSAT, CES).</summary>
    Transactional,
}

/// <summary>
/// One answered survey. Every score is optional (a respondent may skip a question): NPS 0-10, CSAT 1-5,
/// CES 1-7, FCR yes/no. <see cref="DriverRatings"/> holds the organisation's driver questions, keyed by the
/// driver's name, each rated 1-10 as the survey tool scored it. (<see cref="Source"/>, <see cref="ExternalId"/>)
/// is the natural key.
/// </summary>
public sealed record SurveyResponse(
    string Source,
    string ExternalId,
    string? ContactExternalId,
    DateTimeOffset RespondedAt,
    SurveyType Type,
    int? Nps,
    int? Csat,
    int? Ces,
    bool? Fcr,
    IReadOnlyDictionary<string, int> DriverRatings,
    string? Comment,
    string Unit,
    string Channel,
    string Queue);
