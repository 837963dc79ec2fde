using Sailplan.Core.Facts;

namespace Sailplan.Core.Ingest;

/// <summary>
/// The fields a profile can fill, per kind: the properties of <see cref="Contact"/> and <see cref="SurveyResponse"/>
/// (Source is the profile's, not a column). Survey driver ratings are open-ended: "driver:&lt;driver name&gt;".
/// </summary>
public static class FieldCatalogue
{
    public const string DriverPrefix = "driver:";

    // Seconds are "< 1 day": a longer talk, hold, wrap or wait is an export error, not a contact.
    private const int MaxSeconds = 86_399;

    /// <summary>Emails and messages may wait days for their first answer; a week bounds what is plausible.</summary>
    private const int MaxWaitSeconds = 7 * 86_400;

    public static readonly IReadOnlyList<FactField> Contacts =
    [
        new("externalId", FieldType.Text, true, "The contact's id in the source tool; with the source, the natural key."),
        new("startedAt", FieldType.Time, true, "When the contact started (entered the system or queue)."),
        new("channel", FieldType.Text, false, "phone, chat, email, ... as the export names it."),
        new("queue", FieldType.Text, false, "The queue, skill or group that handled it."),
        new("unit", FieldType.Text, false, "The organisational unit or team."),
        new("agent", FieldType.Text, false, "The agent who handled it."),
        new("customerId", FieldType.Text, false, "Identifies the customer across contacts (for repeat contacts)."),
        new("talkSeconds", FieldType.Seconds, false, "Talk time.", 0, MaxSeconds),
        new("holdSeconds", FieldType.Seconds, false, "Hold time.", 0, MaxSeconds),
        new("wrapSeconds", FieldType.Seconds, false, "After-contact work time.", 0, MaxSeconds),
        new("waitSeconds", FieldType.Seconds, false, "Time in queue before answer or abandon (for emails: until the first answer).", 0, MaxWaitSeconds),
        new("outcome", FieldType.Outcome, true, "answered or abandoned."),
        new("transferred", FieldType.Boolean, false, "Whether it was transferred (no when not given)."),
        new("resolved", FieldType.Boolean, false, "Whether the export says it was resolved (unknown when not given)."),
        new("reason", FieldType.Text, false, "Contact reason, disposition or wrap-up code."),
    ];

    public static readonly IReadOnlyList<FactField> Surveys =
    [
        new("externalId", FieldType.Text, true, "The response's id in the survey tool; with the source, the natural key."),
        new("contactId", FieldType.Text, false, "The external id of the contact the survey was about."),
        new("respondedAt", FieldType.Time, true, "When the response was recorded."),
        new("surveyType", FieldType.SurveyType, false, "relationship or transactional (transactional when not given)."),
        new("nps", FieldType.WholeNumber, false, "Likelihood to recommend, 0-10.", 0, 10),
        new("csat", FieldType.WholeNumber, false, "Satisfaction, 1-5.", 1, 5),
        new("ces", FieldType.WholeNumber, false, "Customer effort (CES 2.0), 1-7.", 1, 7),
        new("fcr", FieldType.Boolean, false, "Was the issue resolved at the first contact."),
        new("comment", FieldType.Text, false, "Free-text comment.", MaxLength: 4000),
        new("unit", FieldType.Text, false, "The organisational unit or team."),
        new("channel", FieldType.Text, false, "The channel of the contact surveyed."),
        new("queue", FieldType.Text, false, "The queue of the contact surveyed."),
    ];

    public static IReadOnlyList<FactField> For(FactKind kind) => kind == FactKind.Contacts ? Contacts : Surveys;

    /// <summary>The field a profile key names (any case), or null. Driver fields are made on demand.</summary>
    public static FactField? Find(FactKind kind, string name)
    {
        if (kind == FactKind.Surveys && IsDriver(name))
        {
            var driver = name[DriverPrefix.Length..].Trim();
            return driver.Length == 0 ? null : DriverField(driver);
        }

        foreach (var field in For(kind))
        {
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return null;
    }

    public static bool IsDriver(string name) => name.StartsWith(DriverPrefix, StringComparison.OrdinalIgnoreCase);

    public static FactField DriverField(string driverName) =>
        new(DriverPrefix + driverName, FieldType.WholeNumber, false, $"Rating of the driver \"{driverName}\", 1-10.", 1, 10);
}
