using Sailplan.Core.Metrics.Engine;

namespace Sailplan.Core.Organizations;

/// <summary>The tenant. Days are bucketed in its IANA time zone; money is shown in its currency.</summary>
public sealed class Organization
{
    private Organization() { }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public string TimeZone { get; private set; } = "UTC";
    public string Currency { get; private set; } = "EUR";
    public int Version { get; private set; } = 1;

    /// <summary>Whether a charter amendment needs a second, different approver after the executive sponsor.</summary>
    public bool CharterSecondApproverRequired { get; private set; }

    // The organisation's choices for the KPI definitions (docs/metrics.md); see KpiSettings for each rule.
    public int RepeatWindowDays { get; private set; } = Metrics.Engine.KpiSettings.Default.RepeatWindowDays;
    public int ServiceLevelSeconds { get; private set; } = Metrics.Engine.KpiSettings.Default.ServiceLevelSeconds;
    public AbandonedTreatment AbandonedTreatment { get; private set; } = Metrics.Engine.KpiSettings.Default.AbandonedTreatment;
    public double Confidence { get; private set; } = Metrics.Engine.KpiSettings.Default.Confidence;

    public KpiSettings GetKpiSettings() => new()
    {
        RepeatWindowDays = RepeatWindowDays,
        ServiceLevelSeconds = ServiceLevelSeconds,
        AbandonedTreatment = AbandonedTreatment,
        Confidence = Confidence,
    };

    /// <summary>Sets the KPI settings (already checked by <see cref="Metrics.Engine.KpiSettings"/>' own rules).</summary>
    public void UpdateKpiSettings(KpiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RepeatWindowDays = settings.RepeatWindowDays;
        ServiceLevelSeconds = settings.ServiceLevelSeconds;
        AbandonedTreatment = settings.AbandonedTreatment;
        Confidence = settings.Confidence;
    }

    public static Organization Create(string name, string timeZone, string currency)
    {
        var organization = new Organization();
        organization.Update(name, timeZone, currency);
        return organization;
    }

    public void Update(string name, string timeZone, string currency)
    {
        Name = Require.Text(name, "name");
        TimeZone = ValidTimeZone(timeZone);
        Currency = ValidCurrency(currency);
    }

    public void RequireSecondCharterApprover(bool required) => CharterSecondApproverRequired = required;

    public void Touch() => Version++;

    /// <summary>The calendar day of <paramref name="instant"/> in <paramref name="timeZone"/>: days are bucketed in the organisation's zone, not the server's.</summary>
    public static DateOnly DayIn(string timeZone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);

    private static string ValidTimeZone(string? timeZone)
    {
        var id = Require.Text(timeZone, "timeZone", 64);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) || !zone.HasIanaId)
        {
            throw new DomainException("timeZone", $"'{id}' is not an IANA time zone such as Europe/Berlin.");
        }

        return zone.Id;
    }

    private static string ValidCurrency(string? currency)
    {
        var code = Require.Text(currency, "currency", 3).ToUpperInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException("currency", $"'{currency}' is not an ISO 4217 currency code such as EUR.");
        }

        return code;
    }
}
