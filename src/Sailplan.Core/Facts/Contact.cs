namespace Sailplan.Core.Facts;

public enum ContactOutcome
{
    Answered,
    Abandoned,
}

/// <summary>
/// One customer contact (call, chat, email, message) as the contact-centre or ticketing tool exported it.
/// Facts are append-only; (<see cref="Source"/>, <see cref="ExternalId"/>) is the natural key, so importing
/// the same export twice adds nothing. Slices (unit, channel, queue) are the names the export uses, trimmed;
/// an empty string means "not given".
/// </summary>
public sealed record Contact(
    string Source,
    string ExternalId,
    DateTimeOffset StartedAt,
    string Channel,
    string Queue,
    string Unit,
    string? Agent,
    string? CustomerId,
    int TalkSeconds,
    int HoldSeconds,
    int WrapSeconds,
    int WaitSeconds,
    ContactOutcome Outcome,
    bool Transferred,
    bool? Resolved,
    string? Reason)
{
    /// <summary>Agent time: talk + hold + wrap-up. Only answered contacts have any.</summary>
    public int HandleSeconds => TalkSeconds + HoldSeconds + WrapSeconds;

    public bool IsAnswered => Outcome == ContactOutcome.Answered;
}
