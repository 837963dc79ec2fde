using Sailplan.Core.Ingest;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Audit;
using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data.Facts;

namespace Sailplan.Data;

/// <summary>
/// The one database context, including ASP.NET Core Identity's user tables. Each provider derives
/// from it (<see cref="Sqlite.SqliteAppDb"/>, <see cref="Postgres.PostgresAppDb"/>) only to own its
/// migrations; the model is the same.
/// </summary>
public abstract class AppDb(DbContextOptions options) : IdentityUserContext<User, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every app instance (none keeps them on its own disk).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Charter> Charters => Set<Charter>();
    public DbSet<CharterAmendment> CharterAmendments => Set<CharterAmendment>();
    public DbSet<Dimension> Dimensions => Set<Dimension>();
    public DbSet<StrategyNode> Nodes => Set<StrategyNode>();
    public DbSet<KpiDefinition> Kpis => Set<KpiDefinition>();
    public DbSet<KpiTarget> KpiTargets => Set<KpiTarget>();
    public DbSet<Driver> Drivers => Set<Driver>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<LeadershipRole> LeadershipRoles => Set<LeadershipRole>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SavedProfile> SavedProfiles => Set<SavedProfile>();

    // Facts and rollup cells are written and read with plain SQL (Ingest/, Rollups/, Queries/); these sets are for history and tests.
    public DbSet<ImportRecord> Imports => Set<ImportRecord>();
    public DbSet<ContactRow> Contacts => Set<ContactRow>();
    public DbSet<SurveyResponseRow> SurveyResponses => Set<SurveyResponseRow>();
    public DbSet<ContactCell> ContactCells => Set<ContactCell>();
    public DbSet<SurveyCell> SurveyCells => Set<SurveyCell>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so that the database reads well and reordering an enum is safe.
        configurationBuilder.Properties<UnitKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AmbitionLevel>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<RevisionKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MilestoneStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AmendmentStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ApprovalDecision>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<NodeKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<NodeStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Direction>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PeriodKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DriverPolarity>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Role>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ApiKeyScope>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DeliverableStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<User>().Property(u => u.DisplayName).HasMaxLength(200);

        builder.Entity<Membership>(b =>
        {
            b.HasIndex(m => new { m.OrganizationId, m.UserId }).IsUnique();
            b.HasIndex(m => m.UserId);
            b.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<LeadershipRole>(b =>
        {
            b.Property(r => r.Title).HasMaxLength(200);
            b.HasOne<Person>().WithMany().HasForeignKey(r => r.HolderId).OnDelete(DeleteBehavior.SetNull);
            b.OwnsMany(r => r.Deliverables, d => d.ToJson());
        });

        builder.Entity<ApiKey>(b =>
        {
            b.Ignore(k => k.IsActive);
            b.Property(k => k.Name).HasMaxLength(100);
            b.Property(k => k.Prefix).HasMaxLength(16);
            b.Property(k => k.SecretHash).HasMaxLength(64);
            b.Property(k => k.CreatedBy).HasMaxLength(254);
            b.HasIndex(k => k.Prefix).IsUnique();
        });

        builder.Entity<Organization>(b =>
        {
            b.Property(o => o.Id).ValueGeneratedNever();
            b.Property(o => o.Version).IsConcurrencyToken();
            b.Property(o => o.Name).HasMaxLength(200);
            b.Property(o => o.TimeZone).HasMaxLength(64);
            b.Property(o => o.Currency).HasMaxLength(3);
            b.Property(o => o.AbandonedTreatment).HasConversion<string>().HasMaxLength(30);
        });

        builder.Entity<Unit>(b =>
        {
            b.Property(u => u.Name).HasMaxLength(200);
            b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Person>(b =>
        {
            b.Property(p => p.Name).HasMaxLength(200);
            b.Property(p => p.Email).HasMaxLength(254);
            b.Property(p => p.Title).HasMaxLength(200);
            b.HasIndex(p => new { p.OrganizationId, p.Email }).IsUnique();
            b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.SetNull);
            b.HasOne<Person>().WithMany().HasForeignKey(p => p.ManagerId).OnDelete(DeleteBehavior.Restrict);
        });

        // Charter revisions are immutable rows: the unique (organisation, revision) index is also
        // what refuses the second of two concurrent revisions of the same base. The links inside the
        // history are NO ACTION, not RESTRICT, so that deleting an organisation can still cascade
        // through its whole history in one statement.
        builder.Entity<Charter>(b =>
        {
            b.HasIndex(c => new { c.OrganizationId, c.Revision }).IsUnique();
            b.Property(c => c.AuthorName).HasMaxLength(200);
            b.HasOne<Charter>().WithMany().HasForeignKey(c => c.SupersedesId).OnDelete(DeleteBehavior.NoAction);
            b.OwnsMany(c => c.Principles, p => p.ToJson());
            b.OwnsMany(c => c.Milestones, m => m.ToJson());
            b.OwnsMany(c => c.ApprovedBy, a => a.ToJson());
        });

        builder.Entity<CharterAmendment>(b =>
        {
            b.HasIndex(a => new { a.OrganizationId, a.Status });
            b.Property(a => a.ProposedByName).HasMaxLength(200);
            b.HasOne<Charter>().WithMany().HasForeignKey(a => a.BaseCharterId).OnDelete(DeleteBehavior.NoAction);
            b.OwnsOne(a => a.Proposed, c =>
            {
                c.ToJson();
                c.OwnsMany(x => x.Principles);
                c.OwnsMany(x => x.Milestones);
            });
            b.OwnsMany(a => a.Approvals, x => x.ToJson());
        });

        builder.Entity<Dimension>(b =>
        {
            b.Property(d => d.Name).HasMaxLength(100);
            b.HasIndex(d => new { d.OrganizationId, d.Name }).IsUnique();
        });

        builder.Entity<StrategyNode>(b =>
        {
            b.Property(n => n.Title).HasMaxLength(300);
            b.HasIndex(n => new { n.OrganizationId, n.ParentId, n.Position });
            b.HasOne<StrategyNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Person>().WithMany().HasForeignKey(n => n.OwnerId).OnDelete(DeleteBehavior.SetNull);
            b.HasOne<Dimension>().WithMany().HasForeignKey(n => n.DimensionId).OnDelete(DeleteBehavior.Restrict);
            b.OwnsOne(n => n.Hypothesis, h => h.ToJson());
            b.OwnsOne(n => n.Scope, s => s.ToJson());
        });

        builder.Entity<KpiDefinition>(b =>
        {
            b.Property(k => k.Code).HasMaxLength(40);
            b.Property(k => k.Name).HasMaxLength(120);
            b.Property(k => k.Unit).HasMaxLength(40);
            b.HasIndex(k => new { k.OrganizationId, k.Code }).IsUnique();
            b.HasOne<Dimension>().WithMany().HasForeignKey(k => k.DimensionId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<KpiTarget>(b =>
        {
            b.Ignore(t => t.PeriodEnd);
            b.HasIndex(t => new { t.OrganizationId, t.KpiId, t.UnitId, t.PeriodKind, t.PeriodStart }).IsUnique();
            b.HasOne<KpiDefinition>().WithMany().HasForeignKey(t => t.KpiId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SavedProfile>(b =>
        {
            b.Property(p => p.Name).HasMaxLength(200);
            b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(p => new { p.OrganizationId, p.Name }).IsUnique();
        });
        builder.Entity<Driver>(b =>
        {
            b.Property(d => d.Name).HasMaxLength(120);
            b.HasIndex(d => new { d.OrganizationId, d.Name }).IsUnique();
            b.HasOne<Dimension>().WithMany().HasForeignKey(d => d.DimensionId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<KpiDefinition>().WithMany().HasForeignKey(d => d.KpiId).OnDelete(DeleteBehavior.SetNull);
        });

        ConfigureTenantRows(builder);
        ConfigureAuditLog(builder);
        FactModel.Configure(builder, Database.IsNpgsql());
    }

    /// <summary>Every tenant row: client-made Guid v7 key, organisation foreign key and index, version token.</summary>
    private static void ConfigureTenantRows(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            var b = builder.Entity(type.ClrType);
            b.Property(nameof(Entity.Id)).ValueGeneratedNever();
            b.Property(nameof(Entity.Version)).IsConcurrencyToken();
            b.HasOne(typeof(Organization)).WithMany().HasForeignKey(nameof(Entity.OrganizationId)).OnDelete(DeleteBehavior.Cascade);
        }
    }

    /// <summary>
    /// A change inside a JSON column (an amendment's approvals, a node's hypothesis) is tracked on the
    /// owned object, not on the row that holds it. The row is marked modified so that its version
    /// moves and the concurrency token guards it like any other change.
    /// </summary>
    private void MarkOwnersOfChangedJsonModified()
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.Metadata.IsOwned() && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var owned in changed)
        {
            var owner = owned;
            while (owner is not null && owner.Metadata.IsOwned())
            {
                var ownership = owner.Metadata.FindOwnership()!;
                var keys = ownership.Properties.Select(p => owner.Property(p.Name).CurrentValue).ToList();
                owner = ChangeTracker.Entries().FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                    && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(keys));
            }

            if (owner is { State: EntityState.Unchanged })
            {
                owner.State = EntityState.Modified;
            }
        }
    }

    /// <summary>
    /// Bumps the version of every changed row so that the concurrency token moves on each save, and
    /// refuses to change or delete a charter revision: a change is a new revision.
    /// </summary>
    /// The audit log: keyed by organisation and sequence, so that two saves that both try to append
    /// entry n + 1 cannot both succeed. Not an <see cref="Entity"/>: entries are never updated, so
    /// they carry no version. The organisation's foreign key does not cascade: deleting an
    /// organisation must not quietly take its log with it (an operator removes the log first).
    /// </summary>
    private void ConfigureAuditLog(ModelBuilder builder) => builder.Entity<AuditEntry>(b =>
    {
        b.HasKey(a => new { a.OrganizationId, a.Sequence });
        b.Property(a => a.Sequence).ValueGeneratedNever();
        b.Property(a => a.Actor).HasMaxLength(200);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => new { a.OrganizationId, a.EntityType, a.EntityId });
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare DateTimeOffset values (EF refuses to translate it); as UTC
            // DateTime text they sort and filter correctly. The value read back is the same instant.
            b.Property(a => a.At).HasConversion(
                at => at.UtcDateTime,
                utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
        }
    });

    /// <summary>Bumps the version of every changed row so that the concurrency token moves on each save.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<Charter>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("A charter revision is never changed or deleted: save the change as a new revision.");
        }

        MarkOwnersOfChangedJsonModified();
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified))
        {
            switch (entry.Entity)
            {
                case Entity entity:
                    entity.Touch();
                    break;
                case Organization organization:
                    organization.Touch();
                    break;
            }
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
