using Sailplan.Core.Facts;

namespace Sailplan.Data.Facts;

/// <summary>
/// The stored form of a <see cref="Contact"/>. Mapped in EF Core only so that migrations create the
/// table; rows are written and read with plain SQL (<see cref="Ingest.FactImport"/>) for speed.
/// </summary>
public sealed class ContactRow
{
    public Guid OrganizationId { get; set; }
    public string Source { get; set; } = "";
    public string ExternalId { get; set; } = "";
    public Guid ImportId { get; set; }
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The day of <see cref="StartedAt"/> in the organisation's time zone, fixed at ingest.</summary>
    public DateOnly LocalDay { get; set; }
    public string Channel { get; set; } = "";
    public string Queue { get; set; } = "";
    public string Unit { get; set; } = "";
    public string? Agent { get; set; }

    /// <summary>Null when the export gave none (an empty id is stored as null).</summary>
    public string? CustomerId { get; set; }
    public int TalkSeconds { get; set; }
    public int HoldSeconds { get; set; }
    public int WrapSeconds { get; set; }
    public int WaitSeconds { get; set; }
    public ContactOutcome Outcome { get; set; }
    public bool Transferred { get; set; }
    public bool? Resolved { get; set; }
    public string? Reason { get; set; }

    /// <summary>Answered, with a customer id, and followed by another contact of that customer within the repeat window.</summary>
    public bool Repeated { get; set; }
}

/// <summary>The stored form of a <see cref="SurveyResponse"/>; see <see cref="ContactRow"/>.</summary>
public sealed class SurveyResponseRow
{
    public Guid OrganizationId { get; set; }
    public string Source { get; set; } = "";
    public string ExternalId { get; set; } = "";
    public Guid ImportId { get; set; }
    public string? ContactExternalId { get; set; }
    public DateTimeOffset RespondedAt { get; set; }
    public DateOnly LocalDay { get; set; }
    public SurveyType SurveyType { get; set; }
    public int? Nps { get; set; }
    public int? Csat { get; set; }
    public int? Ces { get; set; }
    public bool? Fcr { get; set; }

    /// <summary>JSON object: driver name to rating.</summary>
    public string DriverRatings { get; set; } = "{}";
    public string? Comment { get; set; }
    public string Unit { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Queue { get; set; } = "";
}
