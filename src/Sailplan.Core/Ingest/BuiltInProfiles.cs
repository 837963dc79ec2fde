namespace Sailplan.Core.Ingest;

/// <summary>
/// Profiles for widely used exports, built from the vendors' public documentation. An organisation starts from
/// one and saves its own copy when its export differs (other question labels, another time zone).
/// </summary>
public static class BuiltInProfiles
{
    /// <summary>
    /// Amazon Connect contact records (formerly contact trace records), as streamed through Kinesis Data Firehose to S3:
    /// one JSON object per line. Data model: https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html
    /// and https://docs.aws.amazon.com/connect/latest/APIReference/API_AgentInfo.html. Assumptions:
    /// - Nested objects are flattened with dots (Agent.Username, Queue.Name); durations are whole seconds; timestamps
    ///   are ISO 8601 in UTC ("2019-08-09T20:29:25Z").
    /// - A contact with no agent (Agent is null) was not answered: abandoned. The file should hold queued contacts only
    ///   (Queue not null); an IVR-only or outbound contact in it would count as abandoned.
    /// - Transferred when TransferCompletedTimestamp is present. Channel VOICE/CHAT/TASK/EMAIL become phone/chat/task/email.
    /// - Customer id is the customer's endpoint address (the caller's number, or the chat customer's id).
    /// - The unit is not in the record (it lives in the agent hierarchy): set a constant or map Agent.HierarchyGroups.Level1.GroupName.
    /// </summary>
    public static readonly MappingProfile AmazonConnectContactRecords = new()
    {
        Name = "Amazon Connect contact records",
        Kind = FactKind.Contacts,
        Source = "amazon-connect",
        Format = FileFormat.JsonLines,
        Columns = new()
        {
            ["externalId"] = "ContactId",
            ["startedAt"] = "InitiationTimestamp",
            ["channel"] = "Channel",
            ["queue"] = "Queue.Name",
            ["agent"] = "Agent.Username",
            ["customerId"] = "CustomerEndpoint.Address",
            ["talkSeconds"] = "Agent.AgentInteractionDuration",
            ["holdSeconds"] = "Agent.CustomerHoldDuration",
            ["wrapSeconds"] = "Agent.AfterContactWorkDuration",
            ["waitSeconds"] = "Queue.Duration",
            ["outcome"] = "Agent.Username",
            ["transferred"] = "TransferCompletedTimestamp",
            ["reason"] = "DisconnectReason",
        },
        ValueMaps = new()
        {
            ["channel"] = new() { ["VOICE"] = "phone", ["CHAT"] = "chat", ["TASK"] = "task", ["EMAIL"] = "email" },
            ["outcome"] = new() { ["*"] = "answered", [""] = "abandoned" },
            ["transferred"] = new() { ["*"] = "yes", [""] = "no" },
        },
        TimeZone = "UTC",
    };

    /// <summary>
    /// Qualtrics "Export data" as CSV (or TSV) with numeric values. Documentation:
    /// https://www.qualtrics.com/support/survey-platform/data-and-analysis-module/data/download-data/understanding-your-dataset/
    /// The file has three header rows: the column ids (StartDate, EndDate, Status, ..., RecordedDate, ResponseId, ...,
    /// ExternalReference, ..., Q1, Q2, ...), then the question texts, then {"ImportId": ...} JSON: the last two are skipped.
    /// Assumptions:
    /// - The survey's questions carry the labels NPS (0-10), CSAT (1-5) and CES (1-7), and a text question Comment:
    ///   Qualtrics uses a question's label as its column id, and labels are editable. Rename them, or copy this profile
    ///   and map Q1, Q2, ... instead; driver questions are added as driver:&lt;name&gt; in the copy.
    /// - ExternalReference (the recipient's external data reference) carries the id of the contact the survey followed.
    /// - RecordedDate is written "yyyy-MM-dd HH:mm:ss" in the time zone chosen at export (it is named in the ImportId
    ///   row, e.g. {"ImportId":"recordedDate","timeZone":"America/Denver"}): the organisation's zone unless the copy sets one.
    /// - CSAT exported as choice text instead of numbers is read through the value map below (5-point labels).
    /// </summary>
    public static readonly MappingProfile QualtricsResponses = new()
    {
        Name = "Qualtrics survey responses",
        Kind = FactKind.Surveys,
        Source = "qualtrics",
        Format = FileFormat.Csv,
        SkipRowsAfterHeader = 2,
        Columns = new()
        {
            ["externalId"] = "ResponseId",
            ["respondedAt"] = "RecordedDate",
            ["contactId"] = "ExternalReference",
            ["nps"] = "NPS",
            ["csat"] = "CSAT",
            ["ces"] = "CES",
            ["comment"] = "Comment",
        },
        Constants = new() { ["surveyType"] = "transactional" },
        ValueMaps = new()
        {
            ["csat"] = new()
            {
                ["Very satisfied"] = "5",
                ["Satisfied"] = "4",
                ["Neither satisfied nor dissatisfied"] = "3",
                ["Dissatisfied"] = "2",
                ["Very dissatisfied"] = "1",
            },
        },
        DateFormats = ["yyyy-MM-dd HH:mm:ss"],
    };

    /// <summary>
    /// Talkdesk Calls Report, requested as CSV (Explore API report type "calls"; the columns below are its v1 field names).
    /// Documentation: https://docs.talkdesk.com/docs/calls-report (field names, the "type" values, seconds, UTC times) and,
    /// for what the types mean, https://data-dictionary.talkdesk.com/docs/contacts-report. The Contacts Report was the first
    /// choice, but its column names could not be read from its public page; the Calls Report's could. Assumptions:
    /// - One row per call; type is inbound (answered), abandoned, short_abandoned, missed, voicemail, outbound or
    ///   outbound_missed. Every inbound type that did not reach an agent live counts as abandoned: short_abandoned (the
    ///   caller hung up within Talkdesk's short-abandon threshold; service level leaves out short waits by itself, see
    ///   docs/metrics.md, and its own short-abandon threshold is the one that counts), missed (the flow or a time-out ended
    ///   it) and voicemail (the caller was sent to voicemail, whether or not a message was left). outbound and outbound_missed
    ///   have no entry in the value map, so they come back as row problems instead of inflating answered or abandoned:
    ///   export inbound calls only.
    /// - start_at is ISO 8601 in UTC ("2026-04-23T10:22:26Z"); the older "2022-06-30 16:42:24" form is also UTC, hence
    ///   the zone. Durations are whole seconds; the Seconds type would also read h:mm:ss.
    /// - The report has no wrap-up column: wrap-up is 0, so handle time is talk + hold. Map a custom field in a copy if the
    ///   account reports after-call work.
    /// - wait_time ("waited for the call to be answered or to go to voicemail") is taken as the wait of abandoned calls too;
    ///   if an export leaves it 0 for them and fills only abandon_time, every abandon looks short to service level.
    /// - agent is user_name (the user who received the call; empty when it reached no agent), queue is ring_groups as
    ///   written (several ring groups stay one text), unit is team_name, customer is contact_phone_number, reason is
    ///   disposition_code. is_transfer is true/false. Channel is always phone: the report holds voice calls only.
    /// - The older Explore "calls" payload (call_type, waiting_time, fractions of a day) has other column names, so such a
    ///   file is refused at binding rather than misread.
    /// </summary>
    public static readonly MappingProfile TalkdeskCalls = new()
    {
        Name = "Talkdesk calls report",
        Kind = FactKind.Contacts,
        Source = "talkdesk-calls",
        Format = FileFormat.Csv,
        Columns = new()
        {
            ["externalId"] = "call_id",
            ["startedAt"] = "start_at",
            ["queue"] = "ring_groups",
            ["unit"] = "team_name",
            ["agent"] = "user_name",
            ["customerId"] = "contact_phone_number",
            ["talkSeconds"] = "talk_time",
            ["holdSeconds"] = "hold_time",
            ["waitSeconds"] = "wait_time",
            ["outcome"] = "type",
            ["transferred"] = "is_transfer",
            ["reason"] = "disposition_code",
        },
        Constants = new() { ["channel"] = "phone" },
        ValueMaps = new()
        {
            ["outcome"] = new()
            {
                ["inbound"] = "answered",
                ["abandoned"] = "abandoned",
                ["short_abandoned"] = "abandoned",
                ["missed"] = "abandoned",
                ["voicemail"] = "abandoned",
            },
        },
        TimeZone = "UTC",
    };

    /// <summary>Sailplan's own layout: one column per field, named as the field (the layout `sailplan import` documents).</summary>
    public static readonly MappingProfile SailplanContacts = Native("sailplan-contacts", FactKind.Contacts);

    /// <summary>Sailplan's own survey layout; driver ratings need the organisation's own profile (columns `driver:Name`).</summary>
    public static readonly MappingProfile SailplanSurveys = Native("sailplan-surveys", FactKind.Surveys);

    public static readonly IReadOnlyList<MappingProfile> All =
        [SailplanContacts, SailplanSurveys, AmazonConnectContactRecords, QualtricsResponses, TalkdeskCalls];

    /// <summary>The profile used when none is named: Sailplan's own layout for the kind.</summary>
    public static MappingProfile Default(FactKind kind) => kind == FactKind.Contacts ? SailplanContacts : SailplanSurveys;

    private static MappingProfile Native(string name, FactKind kind) => new()
    {
        Name = name,
        Kind = kind,
        Source = "sailplan",
        Columns = FieldCatalogue.For(kind).ToDictionary(field => field.Name, field => field.Name, StringComparer.Ordinal),
    };

    public static MappingProfile? Find(string name)
    {
        foreach (var profile in All)
        {
            if (string.Equals(profile.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(profile.Source, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return profile;
            }
        }

        return null;
    }
}
