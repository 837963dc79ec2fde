using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;

namespace Sailplan.Core.Tests.Ingest;

public class SurveyMappingTests
{
    private static readonly string[] Header = ["Response", "When", "Contact", "Type", "Recommend", "Satisfied", "Effort", "Solved", "Text", "Speed", "Friendly"];

    private static readonly MappingProfile Profile = new()
    {
        Name = "Survey tool",
        Kind = FactKind.Surveys,
        Source = "survey-tool",
        Columns = new()
        {
            ["externalId"] = "Response",
            ["respondedAt"] = "When",
            ["contactId"] = "Contact",
            ["surveyType"] = "Type",
            ["nps"] = "Recommend",
            ["csat"] = "Satisfied",
            ["ces"] = "Effort",
            ["fcr"] = "Solved",
            ["comment"] = "Text",
            ["driver:Speed of answer"] = "Speed",
            ["Driver:Friendliness"] = "Friendly",
        },
        ValueMaps = new()
        {
            ["csat"] = new() { ["Very satisfied"] = "5", ["very dissatisfied"] = "1" },
            ["surveyType"] = new() { ["tNPS"] = "transactional", ["rNPS"] = "relationship" },
        },
    };

    private static MappedRow<SurveyResponse> Map(params string[] values) => Profile.Bind<SurveyResponse>(Header, "UTC").Map(values, 4);

    [Fact]
    public void A_complete_row_becomes_a_response_with_scores_and_driver_ratings()
    {
        var row = Map("R_1", "2026-05-04T08:00:00Z", "C-1", "rnps", "9", "VERY SATISFIED", "6", "yes", "Quick, thanks", "8", "10");

        var response = Assert.IsType<SurveyResponse>(row.Fact);
        Assert.Equal(("survey-tool", "R_1", "C-1", SurveyType.Relationship), (response.Source, response.ExternalId, response.ContactExternalId, response.Type));
        Assert.Equal((9, 5, 6, true, "Quick, thanks"), (response.Nps, response.Csat, response.Ces, response.Fcr, response.Comment));
        Assert.Equal(new Dictionary<string, int> { ["Speed of answer"] = 8, ["Friendliness"] = 10 }, response.DriverRatings);
    }

    [Fact]
    public void Skipped_questions_are_null_and_the_type_defaults_to_transactional()
    {
        var response = Map("R_2", "2026-05-04T08:00:00Z", "", "", "", "", "", "", "", "", "").Fact!;

        Assert.Equal((SurveyType.Transactional, (int?)null, (int?)null, (int?)null, (bool?)null, 0), (response.Type, response.Nps, response.Csat, response.Ces, response.Fcr, response.DriverRatings.Count));
    }

    [Theory]
    [InlineData(4, "11", "nps")] // NPS 0-10
    [InlineData(4, "-1", "nps")]
    [InlineData(5, "0", "csat")] // CSAT 1-5
    [InlineData(5, "6", "csat")]
    [InlineData(6, "8", "ces")] // CES 1-7
    [InlineData(9, "0", "driver:Speed of answer")] // drivers 1-10
    [InlineData(10, "11", "driver:Friendliness")]
    [InlineData(4, "7.5", "nps")]
    public void Scores_outside_their_scale_are_problems(int index, string value, string field)
    {
        var values = new[] { "R_3", "2026-05-04T08:00:00Z", "", "", "", "", "", "", "", "", "" };
        values[index] = value;

        var problem = Assert.Single(Map(values).Problems);

        Assert.Equal((field, value, 4L), (problem.Field, problem.Value, problem.Line));
    }

    [Theory]
    [InlineData(4, "0")]
    [InlineData(4, "10")]
    [InlineData(5, "1")]
    [InlineData(5, "5")]
    [InlineData(6, "1")]
    [InlineData(6, "7")]
    [InlineData(9, "1")]
    [InlineData(10, "10")]
    public void The_ends_of_each_scale_are_accepted(int index, string value)
    {
        var values = new[] { "R_4", "2026-05-04T08:00:00Z", "", "", "", "", "", "", "", "", "" };
        values[index] = value;

        Assert.True(Map(values).IsValid);
    }

    [Fact]
    public void An_unmapped_survey_type_word_asks_for_a_value_map()
    {
        var problem = Assert.Single(Map("R_5", "2026-05-04T08:00:00Z", "", "pulse", "", "", "", "", "", "", "").Problems);

        Assert.Equal("surveyType", problem.Field);
        Assert.Contains("value map", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_longer_than_4000_characters_is_a_problem()
    {
        var problem = Assert.Single(Map("R_6", "2026-05-04T08:00:00Z", "", "", "", "", "", "", new string('x', 4001), "", "").Problems);

        Assert.Equal("comment", problem.Field);
    }
}
