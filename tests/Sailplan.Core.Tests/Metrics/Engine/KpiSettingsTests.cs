using Sailplan.Core.Metrics.Engine;

namespace Sailplan.Core.Tests.Metrics.Engine;

public class KpiSettingsTests
{
    [Fact]
    public void Defaults_are_the_catalogue_definitions()
    {
        var settings = KpiSettings.Default;

        Assert.Equal((7, 20, AbandonedTreatment.ExcludeShortAbandons, 0.95),
            (settings.RepeatWindowDays, settings.ServiceLevelSeconds, settings.AbandonedTreatment, settings.Confidence));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(60)]
    public void Service_level_thresholds_on_a_bucket_edge_are_accepted(int seconds)
    {
        Assert.Equal(seconds, new KpiSettings { ServiceLevelSeconds = seconds }.ServiceLevelSeconds);
    }

    [Theory]
    [InlineData(0)]   // an edge, but nothing is answered in under 0 s
    [InlineData(21)]  // between the edges 20 and 25
    [InlineData(-5)]
    public void Service_level_thresholds_off_the_bucket_edges_are_refused_naming_the_field(int seconds)
    {
        Assert.Equal("serviceLevelSeconds", Assert.Throws<DomainException>(() => new KpiSettings { ServiceLevelSeconds = seconds }).Field);
    }

    [Fact]
    public void Other_bad_settings_are_refused_naming_the_field()
    {
        Assert.Equal("repeatWindowDays", Assert.Throws<DomainException>(() => new KpiSettings { RepeatWindowDays = 0 }).Field);
        Assert.Equal("confidence", Assert.Throws<DomainException>(() => new KpiSettings { Confidence = 1 }).Field);
        Assert.Equal("confidence", Assert.Throws<DomainException>(() => KpiSettings.Default with { Confidence = double.NaN }).Field);
        Assert.Equal("abandonedTreatment", Assert.Throws<DomainException>(() => new KpiSettings { AbandonedTreatment = (AbandonedTreatment)9 }).Field);
    }
}
