using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Sailplan.Core;
using Sailplan.Core.Audit;
using Sailplan.Core.Organizations;

namespace Sailplan.Data.Audit;

/// <summary>
/// Appends an audit entry for every added, changed or deleted organisation-owned row (and the
/// organisation itself) in the same SaveChanges, so in the same transaction, as the change. Each
/// organisation's chain head is read once per save; two saves racing for the same next sequence
/// number collide on the (organization_id, sequence) key and the later one fails whole, so the
/// chain never forks. Audit entries themselves may only be appended, never changed or deleted.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider? time = null) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // The stored JSON stays readable (quotes as \", letters of every script as they are). It is
        // data, never written into HTML or script unencoded, so markup characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Changes(context) is { Count: > 0 } changes)
        {
            var heads = changes.Select(c => c.OrganizationId).Distinct()
                .ToDictionary(id => id, id => HeadQuery(context, id).FirstOrDefault() ?? AuditChainHead.Empty);
            Append(context, changes, heads);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Changes(context) is { Count: > 0 } changes)
        {
            var heads = new Dictionary<Guid, AuditChainHead>();
            foreach (var organizationId in changes.Select(c => c.OrganizationId).Distinct())
            {
                heads[organizationId] = await HeadQuery(context, organizationId).FirstOrDefaultAsync(cancellationToken) ?? AuditChainHead.Empty;
            }

            Append(context, changes, heads);
        }

        return result;
    }

    // A failed or cancelled save leaves its changes pending; the entries appended for them are
    // dropped so that a retry numbers its entries from the chain head as it then is.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnsaved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnsaved(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => ForgetUnsaved(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnsaved(eventData.Context);
        return Task.CompletedTask;
    }

    private List<PendingChange> Changes(DbContext context)
    {
        // Interceptors run before SaveChanges detects changes itself.
        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        var owned = new OwnedEntries(entries);
        var changes = new List<PendingChange>();
        string? actorName = null;
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditEntry audit)
            {
                RefuseAnythingButReading(audit, entry.State);
                continue;
            }

            var (organizationId, id) = entry.Entity switch
            {
                Entity e => (e.OrganizationId, e.Id),
                Organization o => (o.Id, o.Id),
                _ => (Guid.Empty, Guid.Empty), // what a row owns is recorded with the row
            };
            if (organizationId == Guid.Empty || ActionOf(entry, owned) is not { } action)
            {
                continue;
            }

            var before = action == AuditAction.Added ? null : Snapshot(entry, original: true, owned).ToJsonString(Json);
            var after = action == AuditAction.Deleted ? null : Snapshot(entry, original: false, owned).ToJsonString(Json);
            actorName ??= actor.Current;
            changes.Add(new PendingChange(organizationId, new AuditChange(actorName, action, entry.Metadata.ClrType.Name, id, before, after)));
        }

        return changes;
    }

    private static void RefuseAnythingButReading(AuditEntry audit, EntityState state)
    {
        if (state is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException(
                $"The audit log is append-only: entry {audit.Sequence} of organisation {audit.OrganizationId} cannot be {(state == EntityState.Deleted ? "deleted" : "changed")}.");
        }

        if (state == EntityState.Added)
        {
            throw new InvalidOperationException("Audit entries are appended when changes are saved; they cannot be added directly.");
        }
    }

    /// <summary>A row counts as changed too when only what it owns (a measure's hypothesis, the charter's milestones) changed.</summary>
    private static AuditAction? ActionOf(EntityEntry entry, OwnedEntries owned) => entry.State switch
    {
        EntityState.Added => AuditAction.Added,
        EntityState.Modified => AuditAction.Modified,
        EntityState.Deleted => AuditAction.Deleted,
        EntityState.Unchanged when owned.AnyChangedUnder(entry) => AuditAction.Modified,
        _ => null,
    };

    /// <summary>The row as stored before (original) or after the change: its properties and what it owns, by camelCase name in ordinal order.</summary>
    private static JsonObject Snapshot(EntityEntry entry, bool original, OwnedEntries owned)
    {
        var values = original ? entry.OriginalValues : entry.CurrentValues;
        var fields = new List<(string Name, JsonNode? Value)>();
        foreach (var property in entry.Metadata.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            fields.Add((property.Name, JsonSerializer.SerializeToNode(values[property], property.ClrType, Json)));
        }

        foreach (var navigation in OwnedNavigations(entry))
        {
            var targets = owned.Under(entry, navigation, original).Select(t => (JsonNode?)Snapshot(t, original, owned)).ToArray();
            fields.Add((navigation.Name, navigation.IsCollection ? new JsonArray(targets) : targets.FirstOrDefault()));
        }

        var json = new JsonObject();
        foreach (var (name, value) in fields.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            json[JsonNamingPolicy.CamelCase.ConvertName(name)] = value;
        }

        return json;
    }

    private static IEnumerable<INavigation> OwnedNavigations(EntityEntry entry) =>
        entry.Metadata.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent);

    private static IQueryable<AuditChainHead> HeadQuery(DbContext context, Guid organizationId) =>
        context.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.OrganizationId == organizationId)
            .OrderByDescending(a => a.Sequence)
            .Select(a => new AuditChainHead(a.Sequence, a.Hash));

    private void Append(DbContext context, List<PendingChange> changes, Dictionary<Guid, AuditChainHead> heads)
    {
        // One instant for the whole save: its changes happened together.
        var at = _time.GetUtcNow();
        foreach (var (organizationId, change) in changes)
        {
            var entry = AuditChain.Append(heads[organizationId], organizationId, at, change);
            heads[organizationId] = new AuditChainHead(entry.Sequence, entry.Hash);
            context.Add(entry);
        }
    }

    private static void ForgetUnsaved(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList() ?? [])
        {
            entry.State = EntityState.Detached;
        }
    }

    private sealed record PendingChange(Guid OrganizationId, AuditChange Change);

    /// <summary>Tracked owned rows (JSON columns) grouped by the row that owns them.</summary>
    private sealed class OwnedEntries
    {
        private readonly Dictionary<(IEntityType Type, string Owner), List<EntityEntry>> _byOwner = [];

        public OwnedEntries(IEnumerable<EntityEntry> entries)
        {
            foreach (var entry in entries.Where(e => e.Metadata.IsOwned()))
            {
                var ownership = entry.Metadata.FindOwnership()!;
                var key = (entry.Metadata, KeyText(entry, ownership.Properties));
                if (!_byOwner.TryGetValue(key, out var list))
                {
                    _byOwner[key] = list = [];
                }

                list.Add(entry);
            }
        }

        /// <summary>What <paramref name="owner"/> owns through <paramref name="navigation"/> before or after the change, in stored order.</summary>
        public IEnumerable<EntityEntry> Under(EntityEntry owner, INavigation navigation, bool original)
        {
            var key = (navigation.TargetEntityType, KeyText(owner, navigation.ForeignKey.PrincipalKey.Properties));
            var ordinal = navigation.TargetEntityType.FindPrimaryKey()?.Properties.FirstOrDefault(p => !p.IsForeignKey());
            return (_byOwner.GetValueOrDefault(key) ?? [])
                .Where(e => original ? e.State != EntityState.Added : e.State != EntityState.Deleted)
                .OrderBy(e => ordinal is null ? null : original ? e.Property(ordinal).OriginalValue : e.Property(ordinal).CurrentValue);
        }

        public bool AnyChangedUnder(EntityEntry owner) =>
            OwnedNavigations(owner).Any(n => Under(owner, n, original: true).Concat(Under(owner, n, original: false))
                .Any(e => e.State != EntityState.Unchanged || AnyChangedUnder(e)));

        private static string KeyText(EntityEntry entry, IEnumerable<IProperty> properties) =>
            string.Join('|', properties.Select(p => entry.Property(p).CurrentValue));
    }
}
