using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;

namespace Sailplan.Core.Tests.Ingest;

/// <summary>The Talkdesk calls profile on single rows: each documented call type, and the fixed UTC zone.</summary>
public class TalkdeskCallsProfileTests
{
    private static readonly string[] Header =
        ["call_id", "type", "start_at", "contact_phone_number", "user_name", "talk_time", "wait_time", "hold_time", "disposition_code", "ring_groups", "is_transfer", "team_name"];

    private static MappedRow<Contact> Map(string type, string startAt = "2026-04-01T08:00:00Z") =>
        BuiltInProfiles.TalkdeskCalls.Bind<Contact>(Header, "Europe/Amsterdam")
            .Map(["c1", type, startAt, "+12025550103", "", "0", "12", "0", "", "agents", "false", "Team 2"], 2);

    [Theory]
    [InlineData("inbound", ContactOutcome.Answered)]
    [InlineData("abandoned", ContactOutcome.Abandoned)]
    [InlineData("short_abandoned", ContactOutcome.Abandoned)]
    [InlineData("missed", ContactOutcome.Abandoned)]
    [InlineData("voicemail", ContactOutcome.Abandoned)]
    [InlineData("Short_Abandoned", ContactOutcome.Abandoned)]
    public void Inbound_call_types_become_answered_or_abandoned(string type, ContactOutcome expected)
    {
        var row = Map(type);

        Assert.True(row.IsValid);
        Assert.Equal(expected, row.Fact!.Outcome);
    }

    [Theory]
    [InlineData("outbound")]
    [InlineData("outbound_missed")]
    public void Outbound_calls_are_row_problems_not_contacts(string type)
    {
        var problem = Assert.Single(Map(type).Problems);

        Assert.Equal((2L, "outcome", "type", type), (problem.Line, problem.Field, problem.Column, problem.Value));
    }

    [Fact]
    public void Times_without_an_offset_are_utc_whatever_the_organisation_zone()
    {
        // Amsterdam is UTC+2 on 1 April 2026; the profile's UTC must win, so the wall time is the instant.
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 16, 42, 24, TimeSpan.Zero), Map("inbound", "2026-04-01 16:42:24").Fact!.StartedAt);
    }
}
