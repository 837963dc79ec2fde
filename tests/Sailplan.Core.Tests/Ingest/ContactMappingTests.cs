using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;

namespace Sailplan.Core.Tests.Ingest;

public class ContactMappingTests
{
    private static readonly string[] Header = ["Id", "Start", "Queue", "Agent", "Talk", "Hold", "Wrap", "Wait", "Result", "Xfer", "Solved", "Customer"];

    private static MappingProfile Profile(Action<MappingProfile>? change = null)
    {
        var profile = new MappingProfile
        {
            Name = "Phone system",
            Kind = FactKind.Contacts,
            Columns = new()
            {
                ["externalId"] = "Id",
                ["startedAt"] = "Start",
                ["queue"] = "Queue",
                ["agent"] = "Agent",
                ["talkSeconds"] = "Talk",
                ["holdSeconds"] = "Hold",
                ["wrapSeconds"] = "Wrap",
                ["waitSeconds"] = "Wait",
                ["outcome"] = "Result",
                ["transferred"] = "Xfer",
                ["resolved"] = "Solved",
                ["customerId"] = "Customer",
            },
            Constants = new() { ["channel"] = "phone", ["unit"] = "Care" },
            ValueMaps = new() { ["outcome"] = new() { ["HANDLED"] = "answered", ["ABANDONED"] = "abandoned" } },
        };
        change?.Invoke(profile);
        return profile;
    }

    private static MappedRow<Contact> Map(params string[] values) =>
        Profile().Bind<Contact>(Header, "UTC").Map(values, 7);

    [Fact]
    public void A_complete_row_becomes_a_contact_with_every_field_typed()
    {
        var row = Map("C-1", "2026-03-02T09:15:00Z", " Billing ", "ann", "300", "1:05", "0:00:42", "12.5", "handled", "Y", "no", "cust-9");

        Assert.True(row.IsValid, string.Join("; ", row.Problems.Select(p => p.Reason)));
        Assert.Equal(
            new Contact("Phone system", "C-1", new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero), "phone", "Billing", "Care", "ann", "cust-9",
                300, 65, 42, 13, ContactOutcome.Answered, true, false, null),
            row.Fact);
    }

    [Fact]
    public void Empty_optional_values_take_their_defaults()
    {
        var row = Map("C-2", "2026-03-02T09:15:00Z", "", "", "", "", "", "", "ABANDONED", "", "", "");

        var contact = Assert.IsType<Contact>(row.Fact);
        Assert.Equal(ContactOutcome.Abandoned, contact.Outcome);
        Assert.Equal(("", null, 0, false, (bool?)null, (string?)null), (contact.Queue, contact.Agent, contact.TalkSeconds, contact.Transferred, contact.Resolved, contact.CustomerId));
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_with_line_field_column_and_value()
    {
        var row = Map("", "yesterday", "Billing", "ann", "-5", "90000", "1:75", "x", "maybe", "perhaps", "", "");

        Assert.False(row.IsValid);
        Assert.Equal(
            ["externalId", "startedAt", "talkSeconds", "holdSeconds", "wrapSeconds", "waitSeconds", "outcome", "transferred"],
            row.Problems.Select(p => p.Field));
        Assert.All(row.Problems, p => Assert.Equal(7, p.Line));
        var talk = row.Problems.Single(p => p.Field == "talkSeconds");
        Assert.Equal(("Talk", "-5"), (talk.Column, talk.Value));
        Assert.Contains("0 to 86399", talk.Reason, StringComparison.Ordinal);
        Assert.Contains("required", row.Problems[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("NO", false)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("y", true)]
    [InlineData("N", false)]
    public void Booleans_accept_the_usual_words_in_any_case(string text, bool expected)
    {
        var row = Map("C-3", "2026-03-02T09:15:00Z", "", "", "", "", "", "", "handled", text, "", "");

        Assert.Equal(expected, row.Fact!.Transferred);
    }

    [Fact]
    public void A_value_map_with_a_wildcard_and_an_empty_key_turns_presence_into_meaning()
    {
        var profile = Profile(p =>
        {
            p.Columns["outcome"] = "Agent";
            p.ValueMaps["outcome"] = new() { ["*"] = "answered", [""] = "abandoned" };
        });
        var mapper = profile.Bind<Contact>(Header, "UTC");

        var answered = mapper.Map(["C-4", "2026-03-02T09:15:00Z", "", "bob", "", "", "", "", "", "", "", ""], 2);
        var abandoned = mapper.Map(["C-5", "2026-03-02T09:15:00Z", "", "", "", "", "", "", "", "", "", ""], 3);

        Assert.Equal(ContactOutcome.Answered, answered.Fact!.Outcome);
        Assert.Equal(ContactOutcome.Abandoned, abandoned.Fact!.Outcome);
    }

    [Fact]
    public void Binding_names_a_missing_column_and_lists_the_header()
    {
        var profile = Profile(p => p.Columns["reason"] = "Disposition");

        var e = Assert.Throws<DomainException>(() => profile.Bind<Contact>(Header, "UTC"));

        Assert.Equal("columns.reason", e.Field);
        Assert.Contains("\"Disposition\" (for reason)", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"Id\", \"Start\", \"Queue\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_names_match_ignoring_case_and_spaces()
    {
        var mapper = Profile().Bind<Contact>(Header.Select(h => $" {h.ToUpperInvariant()} ").ToArray(), "UTC");

        Assert.True(mapper.Map(["C-6", "2026-03-02T09:15:00Z", "", "", "", "", "", "", "handled", "", "", ""], 2).IsValid);
    }

    [Fact]
    public void A_row_shorter_than_the_header_reports_the_columns_it_lacks()
    {
        var row = Map("C-7", "2026-03-02T09:15:00Z", "Billing", "ann", "300", "0", "0", "0", "handled", "no");

        Assert.Equal(["customerId", "resolved"], row.Problems.Select(p => p.Field)); // catalogue order
        Assert.Contains("only 10 fields", row.Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Binding_a_contacts_profile_for_survey_responses_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => Profile().Bind<SurveyResponse>(Header, "UTC"));

        Assert.Equal("kind", e.Field);
    }

    [Fact]
    public void Source_defaults_to_the_profile_name()
    {
        Assert.Equal("Phone system", Map("C-8", "2026-03-02T09:15:00Z", "", "", "", "", "", "", "handled", "", "", "").Fact!.Source);

        var named = Profile(p => { }) with { Source = "genesys" };
        Assert.Equal("genesys", named.Bind<Contact>(Header, "UTC").Map(["C-8", "2026-03-02T09:15:00Z", "", "", "", "", "", "", "handled", "", "", ""], 2).Fact!.Source);
    }
}
