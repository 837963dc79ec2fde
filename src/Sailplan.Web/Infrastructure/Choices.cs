using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;
using Sailplan.Data;

namespace Sailplan.Web.Infrastructure;

/// <summary>One option of a select or checkbox list.</summary>
public sealed record Choice(Guid Id, string Label);

/// <summary>The organisation's objects as options for forms and as names for display.</summary>
public static class Choices
{
    public static Task<List<Choice>> PeopleAsync(AppDb db, Guid orgId, CancellationToken ct) =>
        db.InOrganization<Person>(orgId).AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);

    public static Task<List<Choice>> UnitsAsync(AppDb db, Guid orgId, CancellationToken ct) =>
        db.InOrganization<Unit>(orgId).AsNoTracking().OrderBy(u => u.Name).Select(u => new Choice(u.Id, u.Name)).ToListAsync(ct);

    public static Task<List<Choice>> DimensionsAsync(AppDb db, Guid orgId, CancellationToken ct) =>
        db.InOrganization<Dimension>(orgId).AsNoTracking().OrderBy(d => d.Position).ThenBy(d => d.Name).Select(d => new Choice(d.Id, d.Name)).ToListAsync(ct);

    public static Task<List<Choice>> DriversAsync(AppDb db, Guid orgId, CancellationToken ct) =>
        db.InOrganization<Driver>(orgId).AsNoTracking().OrderBy(d => d.Name).Select(d => new Choice(d.Id, d.Name)).ToListAsync(ct);

    public static Task<List<Choice>> KpisAsync(AppDb db, Guid orgId, CancellationToken ct) =>
        db.InOrganization<KpiDefinition>(orgId).AsNoTracking().OrderBy(k => k.Name).Select(k => new Choice(k.Id, k.Name)).ToListAsync(ct);

    public static string NameOf(this IEnumerable<Choice> choices, Guid? id) =>
        id is null ? "" : choices.NameOf(id.Value);

    public static string NameOf(this IEnumerable<Choice> choices, Guid id) =>
        choices.FirstOrDefault(c => c.Id == id)?.Label ?? "";
}
