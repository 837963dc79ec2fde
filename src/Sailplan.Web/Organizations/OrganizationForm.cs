using System.ComponentModel.DataAnnotations;
using Sailplan.Core.Organizations;

namespace Sailplan.Web.Organizations;

public sealed class OrganizationForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Time zone")]
    public string? TimeZone { get; set; } = "UTC";

    [Display(Name = "Currency")]
    public string? Currency { get; set; } = "EUR";

    [Display(Name = "Charter amendments need a second approver")]
    public bool CharterSecondApproverRequired { get; set; }

    public int Version { get; set; }

    public static OrganizationForm From(Organization organization) => new()
    {
        Name = organization.Name,
        TimeZone = organization.TimeZone,
        Currency = organization.Currency,
        CharterSecondApproverRequired = organization.CharterSecondApproverRequired,
        Version = organization.Version,
    };

    public OrganizationInput ToInput() => new(Name ?? "", TimeZone, Currency, Version, CharterSecondApproverRequired);
}
