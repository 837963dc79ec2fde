using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;

namespace Sailplan.Core.Tests.Ingest;

/// <summary>
/// Europe/Amsterdam: CET (+01:00) in winter, CEST (+02:00) in summer. In 2026 the clocks go 02:00 -> 03:00 on
/// Sunday 29 March and 03:00 -> 02:00 on Sunday 25 October (the last Sundays of those months).
/// </summary>
public class TimeZoneMappingTests
{
    private static MappedRow<Contact> MapAt(string time, string? profileZone = null, string orgZone = "Europe/Amsterdam", params string[] formats)
    {
        var profile = new MappingProfile
        {
            Name = "p",
            Kind = FactKind.Contacts,
            Columns = new() { ["externalId"] = "id", ["startedAt"] = "at" },
            Constants = new() { ["outcome"] = "answered" },
            TimeZone = profileZone,
            DateFormats = [.. formats],
        };
        return profile.Bind<Contact>(["id", "at"], orgZone).Map(["1", time], 2);
    }

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-01-15 10:00", "2026-01-15T09:00:00Z")] // CET: 10:00 - 1h
    [InlineData("2026-07-01T10:00:00", "2026-07-01T08:00:00Z")] // CEST: 10:00 - 2h
    [InlineData("2026-07-01T10:00:00.250", "2026-07-01T08:00:00.250Z")]
    [InlineData("2026-07-01", "2026-06-30T22:00:00Z")] // local midnight, in CEST
    public void Times_without_an_offset_are_local_to_the_organisation_zone(string text, string expectedUtc)
    {
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), MapAt(text).Fact!.StartedAt);
    }

    [Theory]
    [InlineData("2026-07-01T10:00:00Z", 7, 1, 10, 0)]
    [InlineData("2026-07-01T10:00:00+05:30", 7, 1, 4, 30)]
    [InlineData("2026-07-01 10:00:00-04:00", 7, 1, 14, 0)]
    [InlineData("2026-07-01T10:00+0530", 7, 1, 4, 30)]
    [InlineData("2026-07-01T10:00:00+05", 7, 1, 5, 0)]
    public void Times_with_an_offset_are_exact_whatever_the_zone(string text, int month, int day, int hour, int minute)
    {
        var started = MapAt(text).Fact!.StartedAt;

        Assert.Equal(Utc(month, day, hour, minute), started);
        Assert.Equal(TimeSpan.Zero, started.Offset);
    }

    [Fact]
    public void A_local_time_in_the_spring_gap_is_read_with_the_offset_before_the_gap()
    {
        // 02:30 never shows on 29 March; read with CET (+1) it is 01:30 UTC, which the clocks show as 03:30 CEST.
        Assert.Equal(Utc(3, 29, 1, 30), MapAt("2026-03-29 02:30").Fact!.StartedAt);
    }

    [Fact]
    public void A_local_time_in_the_autumn_overlap_is_read_as_its_first_occurrence()
    {
        // 02:30 shows twice on 25 October: first at CEST (+2) = 00:30 UTC, again at CET (+1) = 01:30 UTC.
        Assert.Equal(Utc(10, 25, 0, 30), MapAt("2026-10-25 02:30").Fact!.StartedAt);

        // Just outside the overlap the usual offsets apply: 01:59 CEST and 03:00 CET.
        Assert.Equal(Utc(10, 24, 23, 59), MapAt("2026-10-25 01:59").Fact!.StartedAt);
        Assert.Equal(Utc(10, 25, 2, 0), MapAt("2026-10-25 03:00").Fact!.StartedAt);
    }

    [Fact]
    public void The_profile_zone_wins_over_the_organisation_zone()
    {
        // America/New_York in July is EDT (-04:00): 10:00 local = 14:00 UTC.
        Assert.Equal(Utc(7, 1, 14, 0), MapAt("2026-07-01 10:00", profileZone: "America/New_York").Fact!.StartedAt);
    }

    [Fact]
    public void Exact_formats_from_the_profile_are_used_instead_of_ISO()
    {
        Assert.Equal(Utc(7, 1, 8, 5), MapAt("01/07/2026 10:05", null, "Europe/Amsterdam", "dd/MM/yyyy HH:mm").Fact!.StartedAt);

        var iso = MapAt("2026-07-01T10:05:00", null, "Europe/Amsterdam", "dd/MM/yyyy HH:mm");
        Assert.Equal("startedAt", Assert.Single(iso.Problems).Field);
    }

    [Fact]
    public void Fractions_beyond_ticks_are_cut_and_impossible_dates_are_problems()
    {
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567), MapAt("2026-07-01T10:00:00.123456789Z").Fact!.StartedAt);
        Assert.Equal("startedAt", MapAt("2026-02-30T10:00:00Z").Problems[0].Field);
        Assert.Equal("startedAt", MapAt("2026-07-01T24:00:00Z").Problems[0].Field);
        Assert.Equal("startedAt", MapAt("2026-07-01T10:00:00+0530x").Problems[0].Field);
    }

    [Fact]
    public void Text_that_is_not_a_time_is_a_problem()
    {
        var row = MapAt("1 July 2026");

        Assert.Equal(("startedAt", "at", "1 July 2026"), (row.Problems[0].Field, row.Problems[0].Column, row.Problems[0].Value));
    }

    [Fact]
    public void An_unknown_organisation_zone_is_refused_at_binding()
    {
        var e = Assert.Throws<DomainException>(() => MapAt("2026-07-01 10:00", orgZone: "Mars/Olympus"));

        Assert.Equal("organizationTimeZone", e.Field);
    }
}
