using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Audit;

namespace Sailplan.Data.Audit;

/// <summary>What to show of an organisation's audit log. <see cref="From"/> is inclusive, <see cref="Until"/> exclusive.</summary>
public sealed record AuditFilter(
    string? EntityType = null,
    Guid? EntityId = null,
    string? Actor = null,
    AuditAction? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null);

/// <summary>The result of checking one organisation's chain.</summary>
public sealed record ChainVerification(Guid OrganizationId, string OrganizationName, AuditVerification Result);

/// <summary>Reading and checking the audit log.</summary>
public static class AuditLog
{
    /// <summary>
    /// Recomputes the chain of one organisation, or of every organisation (by name) when
    /// <paramref name="organizationId"/> is null. Entries are streamed in sequence order, never
    /// held all at once, and each chain stops at its first broken entry.
    /// </summary>
    public static async Task<IReadOnlyList<ChainVerification>> VerifyAsync(AppDb db, Guid? organizationId = null,
        CancellationToken cancellationToken = default)
    {
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => organizationId == null || o.Id == organizationId)
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);
        var results = new List<ChainVerification>();
        foreach (var organization in organizations)
        {
            var verifier = new AuditChainVerifier();
            var entries = db.AuditEntries.AsNoTracking()
                .Where(a => a.OrganizationId == organization.Id)
                .OrderBy(a => a.Sequence)
                .AsAsyncEnumerable();
            await foreach (var entry in entries.WithCancellation(cancellationToken))
            {
                if (!verifier.Accept(entry))
                {
                    break;
                }
            }

            results.Add(new ChainVerification(organization.Id, organization.Name, verifier.Result));
        }

        return results;
    }

    /// <summary>An organisation's entries that match <paramref name="filter"/>, newest first.</summary>
    public static IQueryable<AuditEntry> Entries(AppDb db, Guid organizationId, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => a.OrganizationId == organizationId);
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        if (filter.EntityId is { } entityId)
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.Actor.Contains(actor));
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        // PostgreSQL takes only UTC instants for timestamptz parameters.
        if (filter.From is { } from)
        {
            var utc = from.ToUniversalTime();
            query = query.Where(a => a.At >= utc);
        }

        if (filter.Until is { } until)
        {
            var utc = until.ToUniversalTime();
            query = query.Where(a => a.At < utc);
        }

        return query.OrderByDescending(a => a.Sequence);
    }

    /// <summary>The kinds of object an organisation's log mentions, for a filter's choices.</summary>
    public static Task<List<string>> EntityTypesAsync(AppDb db, Guid organizationId, CancellationToken cancellationToken = default) =>
        db.AuditEntries.Where(a => a.OrganizationId == organizationId).Select(a => a.EntityType).Distinct().OrderBy(t => t)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The instants that bound whole days in an organisation's time zone: from the start of
    /// <paramref name="from"/> until the end of <paramref name="to"/> (both inclusive).
    /// </summary>
    public static (DateTimeOffset? From, DateTimeOffset? Until) Days(DateOnly? from, DateOnly? to, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return (from is { } f ? StartOf(f, zone) : null, to is { } t ? StartOf(t.AddDays(1), zone) : null);
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // Where a clock change skips midnight, the day starts at the first hour that exists.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
