using Tenant = Sailplan.Core.Organizations.Organization;

namespace Sailplan.Core.Tests.Organizations;

public class OrganizationTests
{
    [Fact]
    public void An_iana_time_zone_and_a_lower_case_currency_are_accepted()
    {
        var organization = Tenant.Create("Acme", "Europe/Berlin", "eur");

        Assert.Equal(("Europe/Berlin", "EUR"), (organization.TimeZone, organization.Currency));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("")]
    public void A_time_zone_that_is_not_an_iana_zone_is_rejected(string timeZone)
    {
        var error = Assert.Throws<DomainException>(() => Tenant.Create("Acme", timeZone, "EUR"));

        Assert.Equal("timeZone", error.Field);
    }

    [Theory]
    [InlineData("EURO")]
    [InlineData("E1R")]
    public void A_currency_that_is_not_three_letters_is_rejected(string currency)
    {
        var error = Assert.Throws<DomainException>(() => Tenant.Create("Acme", "UTC", currency));

        Assert.Equal("currency", error.Field);
    }
}
