using System.ComponentModel.DataAnnotations;
using Sailplan.Core.Metrics.Engine;
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

    [Display(Name = "Repeat-contact window (days)")]
    public int RepeatWindowDays { get; set; } = KpiSettings.Default.RepeatWindowDays;

    [Display(Name = "Service level threshold (seconds)")]
    public int ServiceLevelSeconds { get; set; } = KpiSettings.Default.ServiceLevelSeconds;

    [Display(Name = "Abandoned contacts in service level")]
    public AbandonedTreatment AbandonedTreatment { get; set; }

    [Display(Name = "Confidence level of intervals (%)")]
    public double ConfidencePercent { get; set; } = KpiSettings.Default.Confidence * 100;

    public int Version { get; set; }

    public static OrganizationForm From(Organization organization) => new()
    {
        Name = organization.Name,
        TimeZone = organization.TimeZone,
        Currency = organization.Currency,
        CharterSecondApproverRequired = organization.CharterSecondApproverRequired,
        RepeatWindowDays = organization.RepeatWindowDays,
        ServiceLevelSeconds = organization.ServiceLevelSeconds,
        AbandonedTreatment = organization.AbandonedTreatment,
        ConfidencePercent = organization.Confidence * 100,
        Version = organization.Version,
    };

    public OrganizationInput ToInput() => new(Name ?? "", TimeZone, Currency, Version, CharterSecondApproverRequired,
        new KpiSettingsInput(RepeatWindowDays, ServiceLevelSeconds, AbandonedTreatment, ConfidencePercent / 100));
}
