using System.Text;
using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;
using Sailplan.Data.Ingest.Files;

namespace Sailplan.Data.Tests.Ingest.Files;

/// <summary>Sample exports in each built-in format, written as files and mapped to facts worked out by hand.</summary>
public sealed class BuiltInProfileFileTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Amazon_Connect_contact_records_map_to_contacts()
    {
        // Three records as Kinesis Data Firehose writes them (one per line), trimmed to the fields that matter plus a
        // few that do not. Record 2 never reached an agent (Agent is null): abandoned after 95 s in queue.
        var lines = new[]
        {
            """{"AWSAccountId":"111122223333","Agent":{"Username":"ann","AgentInteractionDuration":184,"CustomerHoldDuration":20,"AfterContactWorkDuration":35,"HierarchyGroups":null},"Attributes":{"lang":"nl"},"Channel":"VOICE","ContactId":"c-1","CustomerEndpoint":{"Address":"+31201234567","Type":"TELEPHONE_NUMBER"},"DisconnectReason":"CUSTOMER_DISCONNECT","InitiationTimestamp":"2026-04-01T08:00:05Z","Queue":{"ARN":"arn:aws:connect:q/1","Duration":42,"Name":"Billing"},"References":[],"TransferCompletedTimestamp":null}""",
            """{"Agent":null,"Channel":"CHAT","ContactId":"c-2","CustomerEndpoint":null,"DisconnectReason":"CUSTOMER_DISCONNECT","InitiationTimestamp":"2026-04-01T08:01:00.123Z","Queue":{"Duration":95,"Name":"Sales"},"TransferCompletedTimestamp":null}""",
            "",
            """{"Agent":{"Username":"bob","AgentInteractionDuration":60,"CustomerHoldDuration":0,"AfterContactWorkDuration":10},"Channel":"VOICE","ContactId":"c-3","CustomerEndpoint":{"Address":"+31207654321"},"DisconnectReason":"AGENT_DISCONNECT","InitiationTimestamp":"2026-04-01T08:02:00Z","Queue":{"Duration":5,"Name":"Billing"},"TransferCompletedTimestamp":"2026-04-01T08:03:10Z"}""",
        };
        var path = files.Write("ctr-2026-04-01.jsonl", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

        using var stream = File.OpenRead(path);
        using var file = FactFileReader.Read<Contact>(stream, "ctr-2026-04-01.jsonl", BuiltInProfiles.AmazonConnectContactRecords, "Europe/Amsterdam");
        var rows = file.Rows.ToList();

        Assert.Equal(FileFormat.JsonLines, file.Format);
        Assert.Contains("Agent.Username", file.Header);
        Assert.Contains("Queue.ARN", file.Header);
        Assert.Equal([1L, 2L, 4L], rows.Select(r => r.Line));
        Assert.Equal(
            [
                new Contact("amazon-connect", "c-1", new DateTimeOffset(2026, 4, 1, 8, 0, 5, TimeSpan.Zero), "phone", "Billing", "", "ann", "+31201234567",
                    184, 20, 35, 42, ContactOutcome.Answered, false, null, "CUSTOMER_DISCONNECT"),
                new Contact("amazon-connect", "c-2", new DateTimeOffset(2026, 4, 1, 8, 1, 0, 123, TimeSpan.Zero), "chat", "Sales", "", null, null,
                    0, 0, 0, 95, ContactOutcome.Abandoned, false, null, "CUSTOMER_DISCONNECT"),
                new Contact("amazon-connect", "c-3", new DateTimeOffset(2026, 4, 1, 8, 2, 0, TimeSpan.Zero), "phone", "Billing", "", "bob", "+31207654321",
                    60, 0, 10, 5, ContactOutcome.Answered, true, null, "AGENT_DISCONNECT"),
            ],
            rows.Select(r => r.Fact));
    }

    [Fact]
    public void Qualtrics_responses_with_their_two_extra_header_rows_map_to_survey_responses()
    {
        // Qualtrics' three header rows: column ids, question texts (one with a line break), import ids.
        string[] ids = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId",
            "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude",
            "DistributionChannel", "UserLanguage", "NPS", "CSAT", "CES", "Comment"];
        string[] texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date",
            "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference", "Location Latitude",
            "Location Longitude", "Distribution Channel", "User Language", "\"How likely are you to recommend us\nto a friend or colleague?\"",
            "\"Overall, how satisfied were you?\"", "The company made it easy for me to handle my issue.", "Anything else?"];
        var importIds = ids.Select(id => $"\"{{\"\"ImportId\"\":\"\"{char.ToLowerInvariant(id[0])}{id[1..]}\"\",\"\"timeZone\"\":\"\"Europe/Amsterdam\"\"}}\"");
        var text = new StringBuilder()
            .AppendLine(string.Join(',', ids)) // line 1
            .AppendLine(string.Join(',', texts)) // lines 2-3
            .AppendLine(string.Join(',', importIds)) // line 4
            .AppendLine("2026-04-01 09:58:00,2026-04-01 10:00:30,IP Address,192.0.2.1,100,150,True,2026-04-01 10:00:30,R_1a,,,,C-1,52.37,4.89,email,EN,9,5,6,\"Quick, friendly\"") // line 5
            .AppendLine("2026-10-25 02:20:00,2026-10-25 02:30:00,IP Address,192.0.2.2,100,600,True,2026-10-25 02:30:00,R_2b,,,,,,,anonymous,NL,3,Very satisfied,,") // line 6
            .AppendLine("2026-04-02 11:00:00,2026-04-02 11:01:00,IP Address,192.0.2.3,40,60,False,2026-04-02 11:01:00,R_3c,,,,C-3,,,email,EN,12,,,") // line 7
            .ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = files.Write("Customer+survey_April.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        using var stream = File.OpenRead(path);
        using var file = FactFileReader.Read<SurveyResponse>(stream, "Customer+survey_April.csv", BuiltInProfiles.QualtricsResponses, "Europe/Amsterdam");
        var rows = file.Rows.ToList();

        Assert.Equal([5L, 6L, 7L], rows.Select(r => r.Line));

        // 10:00:30 CEST (+2) = 08:00:30 UTC.
        var first = rows[0].Fact!;
        Assert.Equal(("qualtrics", "R_1a", "C-1", SurveyType.Transactional), (first.Source, first.ExternalId, first.ContactExternalId, first.Type));
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 8, 0, 30, TimeSpan.Zero), first.RespondedAt);
        Assert.Equal((9, 5, 6, "Quick, friendly"), (first.Nps, first.Csat, first.Ces, first.Comment));

        // 02:30 on 25 October happens twice in Amsterdam; the first (CEST, +2) is 00:30 UTC. "Very satisfied" is 5.
        var second = rows[1].Fact!;
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), second.RespondedAt);
        Assert.Equal((3, 5, (int?)null, (string?)null, (string?)null), (second.Nps, second.Csat, second.Ces, second.ContactExternalId, second.Comment));

        var problem = Assert.Single(rows[2].Problems);
        Assert.Equal((7L, "nps", "NPS", "12"), (problem.Line, problem.Field, problem.Column, problem.Value));
    }

    [Fact]
    public void Talkdesk_calls_report_csv_maps_to_contacts()
    {
        // The Calls Report's v1 columns (docs.talkdesk.com/docs/calls-report), trimmed, with values written by hand. Line 4 was
        // transferred and has commas and quotes inside quoted fields; line 6 uses the older time form without "Z" (still
        // UTC); line 7 is an outbound call, which the profile refuses.
        var text = string.Join("\r\n",
            "call_id,callsid,type,start_at,end_at,talkdesk_phone_number,talkdesk_phone_display_name,contact_phone_number,user_id,user_name,user_email,"
                + "total_time,talk_time,wait_time,hold_time,abandon_time,total_ringing_time,disposition_code,notes,ring_groups,is_in_business_hours,"
                + "is_transfer,handling_user_name,team_id,team_name",
            "17378a31,CA01,inbound,2026-04-01T08:00:05Z,2026-04-01T08:04:11Z,+12025550100,support,+12025550103,u1,Jordan Smith,jordan@example.com,"
                + "246,184,42,20,0,6,Resolved,,agents,true,false,Jordan Smith,t1,Sales Team A",
            "2b7e0c11,CA02,abandoned,2026-04-01T08:01:00Z,2026-04-01T08:02:35Z,+12025550100,support,+12025550104,,,,95,0,95,0,95,30,,,billing,true,false,,,",
            "3c9f4d22,CA03,inbound,2026-04-01T08:02:00Z,2026-04-01T08:03:05Z,+12025550100,support,+12025550105,u2,Sam Rivera,sam@example.com,"
                + "65,60,5,0,0,4,\"Billing, refund issued\",\"Sent to \"\"billing\"\", caller agreed\",agents,true,true,Alex Johnson,t1,Sales Team A",
            "4d015e33,CA04,short_abandoned,2026-04-01T08:03:00Z,2026-04-01T08:03:03Z,+12025550100,support,+12025550106,,,,3,0,3,0,3,0,,,agents,true,false,,,",
            "5e126f44,CA05,voicemail,2026-04-01 10:15:00,2026-04-01 10:17:30,+12025550100,support,+12025550107,,,,150,0,120,0,0,0,,,agents,false,false,,,",
            "6f237a55,CA06,outbound,2026-04-01T11:00:00Z,2026-04-01T11:00:24Z,+12025550100,support,+12025550108,u1,Jordan Smith,jordan@example.com,"
                + "24,20,0,0,0,0,Attempting Contact,,agents,true,false,Jordan Smith,t1,Sales Team A") + "\r\n";
        var path = files.Write("calls_2026-04-01.csv", Encoding.UTF8.GetBytes(text));

        using var stream = File.OpenRead(path);
        using var file = FactFileReader.Read<Contact>(stream, "calls_2026-04-01.csv", BuiltInProfiles.TalkdeskCalls, "Europe/Amsterdam");
        var rows = file.Rows.ToList();

        Assert.Equal(FileFormat.Csv, file.Format);
        Assert.Equal([2L, 3L, 4L, 5L, 6L, 7L], rows.Select(r => r.Line));

        // Fields in order: source, id, start (UTC), channel, queue, unit, agent, customer, talk, hold, wrap (no column: 0),
        // wait, outcome, transferred, resolved (not in the report), reason. 10:15 on line 6 is UTC, not Amsterdam time.
        Assert.Equal(
            [
                new Contact("talkdesk-calls", "17378a31", new DateTimeOffset(2026, 4, 1, 8, 0, 5, TimeSpan.Zero), "phone", "agents", "Sales Team A",
                    "Jordan Smith", "+12025550103", 184, 20, 0, 42, ContactOutcome.Answered, false, null, "Resolved"),
                new Contact("talkdesk-calls", "2b7e0c11", new DateTimeOffset(2026, 4, 1, 8, 1, 0, TimeSpan.Zero), "phone", "billing", "",
                    null, "+12025550104", 0, 0, 0, 95, ContactOutcome.Abandoned, false, null, null),
                new Contact("talkdesk-calls", "3c9f4d22", new DateTimeOffset(2026, 4, 1, 8, 2, 0, TimeSpan.Zero), "phone", "agents", "Sales Team A",
                    "Sam Rivera", "+12025550105", 60, 0, 0, 5, ContactOutcome.Answered, true, null, "Billing, refund issued"),
                new Contact("talkdesk-calls", "4d015e33", new DateTimeOffset(2026, 4, 1, 8, 3, 0, TimeSpan.Zero), "phone", "agents", "",
                    null, "+12025550106", 0, 0, 0, 3, ContactOutcome.Abandoned, false, null, null),
                new Contact("talkdesk-calls", "5e126f44", new DateTimeOffset(2026, 4, 1, 10, 15, 0, TimeSpan.Zero), "phone", "agents", "",
                    null, "+12025550107", 0, 0, 0, 120, ContactOutcome.Abandoned, false, null, null),
            ],
            rows.Take(5).Select(r => r.Fact));

        var problem = Assert.Single(rows[5].Problems);
        Assert.Equal((7L, "outcome", "type", "outbound"), (problem.Line, problem.Field, problem.Column, problem.Value));
    }
}
