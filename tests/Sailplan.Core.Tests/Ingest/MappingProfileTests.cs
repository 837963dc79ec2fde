using Sailplan.Core.Ingest;

namespace Sailplan.Core.Tests.Ingest;

public class MappingProfileTests
{
    private static MappingProfile Minimal() => new()
    {
        Name = "Minimal",
        Kind = FactKind.Contacts,
        Columns = new() { ["externalId"] = "id", ["startedAt"] = "at", ["outcome"] = "result" },
    };

    [Fact]
    public void A_minimal_profile_is_valid()
    {
        Minimal().Validate();
    }

    [Theory]
    [InlineData("columns.outcome")]
    [InlineData("columns.startedAt")]
    public void Required_fields_must_be_mapped(string field)
    {
        var profile = Minimal();
        profile.Columns.Remove(field["columns.".Length..]);

        Assert.Equal(field, Assert.Throws<DomainException>(profile.Validate).Field);
    }

    [Fact]
    public void A_required_field_may_be_a_constant()
    {
        var profile = Minimal();
        profile.Columns.Remove("outcome");
        profile.Constants["outcome"] = "answered";

        profile.Validate();
    }

    [Fact]
    public void Unknown_fields_are_named_with_the_known_ones()
    {
        var profile = Minimal();
        profile.Columns["talkTime"] = "Talk";

        var e = Assert.Throws<DomainException>(profile.Validate);

        Assert.Equal("columns.talkTime", e.Field);
        Assert.Contains("talkSeconds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Driver_fields_exist_only_for_surveys()
    {
        var profile = Minimal();
        profile.Columns["driver:Speed"] = "Speed";

        Assert.Equal("columns.driver:Speed", Assert.Throws<DomainException>(profile.Validate).Field);
    }

    [Fact]
    public void A_field_cannot_have_both_a_column_and_a_constant()
    {
        var profile = Minimal();
        profile.Constants["OUTCOME"] = "answered";

        Assert.Equal("constants.outcome", Assert.Throws<DomainException>(profile.Validate).Field);
    }

    [Fact]
    public void A_value_map_needs_its_field_mapped()
    {
        var profile = Minimal();
        profile.ValueMaps["channel"] = new() { ["VOICE"] = "phone" };

        Assert.Equal("valueMaps.channel", Assert.Throws<DomainException>(profile.Validate).Field);
    }

    [Theory]
    [InlineData("yyyy-MM-ddTHH:mm:ssK", "dateFormats[0]")]
    [InlineData(" ", "dateFormats[0]")]
    public void Date_formats_are_checked(string format, string field)
    {
        var profile = Minimal() with { DateFormats = [format] };

        Assert.Equal(field, Assert.Throws<DomainException>(profile.Validate).Field);
    }

    [Fact]
    public void Time_zone_delimiter_and_skipped_rows_are_checked()
    {
        Assert.Equal("timeZone", Assert.Throws<DomainException>((Minimal() with { TimeZone = "Europe/Atlantis" }).Validate).Field);
        Assert.Equal("delimiter", Assert.Throws<DomainException>((Minimal() with { Delimiter = '"' }).Validate).Field);
        Assert.Equal("skipRowsAfterHeader", Assert.Throws<DomainException>((Minimal() with { SkipRowsAfterHeader = -1 }).Validate).Field);
        Assert.Equal("name", Assert.Throws<DomainException>((Minimal() with { Name = " " }).Validate).Field);
    }

    [Fact]
    public void A_profile_survives_its_stored_json()
    {
        var profile = BuiltInProfiles.AmazonConnectContactRecords with { Delimiter = ';', Encoding = "windows-1252" };

        var json = profile.ToJson();
        var back = MappingProfile.FromJson(json);

        Assert.Contains("\"kind\":\"contacts\"", json, StringComparison.Ordinal);
        Assert.Contains("\"format\":\"jsonLines\"", json, StringComparison.Ordinal);
        Assert.Equal(profile.ToJson(), back.ToJson());
        Assert.Equal("abandoned", back.ValueMaps["outcome"][""]);
        Assert.Equal(';', back.Delimiter);
    }

    [Fact]
    public void Built_in_profiles_are_valid_and_found_by_name_or_source()
    {
        Assert.All(BuiltInProfiles.All, p => p.Validate());
        Assert.Same(BuiltInProfiles.QualtricsResponses, BuiltInProfiles.Find("qualtrics survey responses"));
        Assert.Same(BuiltInProfiles.AmazonConnectContactRecords, BuiltInProfiles.Find("amazon-connect"));
        Assert.Same(BuiltInProfiles.TalkdeskCalls, BuiltInProfiles.Find("talkdesk-calls"));
        Assert.Same(BuiltInProfiles.TalkdeskCalls, BuiltInProfiles.Find(" Talkdesk Calls Report "));
        Assert.Null(BuiltInProfiles.Find("Genesys"));
    }

    [Fact]
    public void The_field_catalogue_marks_the_required_fields()
    {
        Assert.Equal(["externalId", "startedAt", "outcome"], FieldCatalogue.Contacts.Where(f => f.Required).Select(f => f.Name));
        Assert.Equal(["externalId", "respondedAt"], FieldCatalogue.Surveys.Where(f => f.Required).Select(f => f.Name));
        Assert.Equal((1, 10), (FieldCatalogue.Find(FactKind.Surveys, "driver:Speed")!.Min, FieldCatalogue.Find(FactKind.Surveys, "driver:Speed")!.Max));
    }
}
