using Sailplan.Core.Facts;

namespace Sailplan.Core.Ingest;

/// <summary>Maps rows of one file (bound once by <see cref="MappingProfile.Bind{T}"/>) to facts or problems.</summary>
public abstract class FactMapper<T>
    where T : class
{
    private protected FactMapper(FieldBinding binding) => Binding = binding;

    private protected FieldBinding Binding { get; }

    public IReadOnlyList<string> Header => Binding.Header;

    /// <summary>The fact, or every problem of the row. <paramref name="line"/> is reported with each problem.</summary>
    public abstract MappedRow<T> Map(ISourceRow row, long line);

    public MappedRow<T> Map(IReadOnlyList<string?> fields, long line) => Map(new StringRow(fields), line);
}

internal sealed class ContactMapper(FieldBinding binding) : FactMapper<Contact>(binding)
{
    // Positions in FieldCatalogue.Contacts.
    private readonly BoundField? externalId = binding.Fields[0], startedAt = binding.Fields[1], channel = binding.Fields[2],
        queue = binding.Fields[3], unit = binding.Fields[4], agent = binding.Fields[5], customerId = binding.Fields[6],
        talk = binding.Fields[7], hold = binding.Fields[8], wrap = binding.Fields[9], wait = binding.Fields[10],
        outcome = binding.Fields[11], transferred = binding.Fields[12], resolved = binding.Fields[13], reason = binding.Fields[14];

    public override MappedRow<Contact> Map(ISourceRow row, long line)
    {
        List<RowProblem>? problems = null;
        var times = Binding.Times;
        var id = externalId!.ReadText(row, line, ref problems);
        var started = startedAt!.ReadTime(row, line, times, ref problems);
        var channelText = channel?.ReadText(row, line, ref problems);
        var queueText = queue?.ReadText(row, line, ref problems);
        var unitText = unit?.ReadText(row, line, ref problems);
        var agentText = agent?.ReadText(row, line, ref problems);
        var customer = customerId?.ReadText(row, line, ref problems);
        var talkSeconds = talk?.ReadInteger(row, line, ref problems);
        var holdSeconds = hold?.ReadInteger(row, line, ref problems);
        var wrapSeconds = wrap?.ReadInteger(row, line, ref problems);
        var waitSeconds = wait?.ReadInteger(row, line, ref problems);
        var result = outcome!.ReadOutcome(row, line, ref problems);
        var wasTransferred = transferred?.ReadBoolean(row, line, ref problems);
        var wasResolved = resolved?.ReadBoolean(row, line, ref problems);
        var reasonText = reason?.ReadText(row, line, ref problems);

        if (problems is not null)
        {
            return MappedRow.Invalid<Contact>(line, problems);
        }

        return MappedRow.Valid(line, new Contact(
            Binding.Source, id!, started!.Value, channelText ?? "", queueText ?? "", unitText ?? "", agentText, customer,
            talkSeconds ?? 0, holdSeconds ?? 0, wrapSeconds ?? 0, waitSeconds ?? 0, result!.Value, wasTransferred ?? false,
            wasResolved, reasonText));
    }
}

internal sealed class SurveyMapper(FieldBinding binding) : FactMapper<SurveyResponse>(binding)
{
    private static readonly IReadOnlyDictionary<string, int> NoRatings = new Dictionary<string, int>();

    // Positions in FieldCatalogue.Surveys.
    private readonly BoundField? externalId = binding.Fields[0], contactId = binding.Fields[1], respondedAt = binding.Fields[2],
        surveyType = binding.Fields[3], nps = binding.Fields[4], csat = binding.Fields[5], ces = binding.Fields[6],
        fcr = binding.Fields[7], comment = binding.Fields[8], unit = binding.Fields[9], channel = binding.Fields[10],
        queue = binding.Fields[11];

    private readonly string[] driverNames = binding.Drivers.Select(d => d.Field.Name[FieldCatalogue.DriverPrefix.Length..]).ToArray();

    public override MappedRow<SurveyResponse> Map(ISourceRow row, long line)
    {
        List<RowProblem>? problems = null;
        var id = externalId!.ReadText(row, line, ref problems);
        var contact = contactId?.ReadText(row, line, ref problems);
        var responded = respondedAt!.ReadTime(row, line, Binding.Times, ref problems);
        var type = surveyType?.ReadSurveyType(row, line, ref problems);
        var npsScore = nps?.ReadInteger(row, line, ref problems);
        var csatScore = csat?.ReadInteger(row, line, ref problems);
        var cesScore = ces?.ReadInteger(row, line, ref problems);
        var resolvedFirstTime = fcr?.ReadBoolean(row, line, ref problems);
        var commentText = comment?.ReadText(row, line, ref problems);
        var unitText = unit?.ReadText(row, line, ref problems);
        var channelText = channel?.ReadText(row, line, ref problems);
        var queueText = queue?.ReadText(row, line, ref problems);

        Dictionary<string, int>? ratings = null;
        var drivers = Binding.Drivers;
        for (var i = 0; i < drivers.Length; i++)
        {
            if (drivers[i].ReadInteger(row, line, ref problems) is { } rating)
            {
                (ratings ??= new Dictionary<string, int>(drivers.Length, StringComparer.Ordinal))[driverNames[i]] = rating;
            }
        }

        if (problems is not null)
        {
            return MappedRow.Invalid<SurveyResponse>(line, problems);
        }

        return MappedRow.Valid(line, new SurveyResponse(
            Binding.Source, id!, contact, responded!.Value, type ?? SurveyType.Transactional, npsScore, csatScore, cesScore,
            resolvedFirstTime, ratings ?? NoRatings, commentText, unitText ?? "", channelText ?? "", queueText ?? ""));
    }
}
