using Sailplan.Core.Facts;

namespace Sailplan.Core.Tests.Metrics.Engine;

/// <summary>Builds small FactTotals from contacts and answers listed in a test, as the rollups would.</summary>
internal static class Facts
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static int next;

    /// <summary>An answered contact; its handle time is split into talk (handle − 30), hold 10 and wrap-up 20.</summary>
    public static (Contact, bool) Answered(int wait, int handle, string? customer = null, bool repeated = false) =>
        (Contact(wait, handle - 30, 10, 20, ContactOutcome.Answered, customer), repeated);

    public static (Contact, bool) Abandoned(int wait) => (Contact(wait, 0, 0, 0, ContactOutcome.Abandoned, "someone"), false);

    public static FactTotals Totals(params (Contact Contact, bool Repeated)[] contacts)
    {
        var totals = new FactTotals();
        foreach (var (contact, repeated) in contacts)
        {
            totals.Contacts.Add(contact, repeated);
        }

        return totals;
    }

    public static SurveyResponse Answer(SurveyType type, int? nps = null, int? csat = null, int? ces = null) =>
        new("test", $"s{Interlocked.Increment(ref next)}", null, At, type, nps, csat, ces, null,
            new Dictionary<string, int>(), null, "North", "phone", "billing");

    public static FactTotals With(this FactTotals totals, params SurveyResponse[] answers)
    {
        foreach (var answer in answers)
        {
            totals.Surveys(answer.Type).Add(answer);
        }

        return totals;
    }

    private static Contact Contact(int wait, int talk, int hold, int wrap, ContactOutcome outcome, string? customer) =>
        new("test", $"c{Interlocked.Increment(ref next)}", At, "phone", "billing", "North", null, customer,
            talk, hold, wrap, wait, outcome, Transferred: false, Resolved: null, Reason: null);
}
