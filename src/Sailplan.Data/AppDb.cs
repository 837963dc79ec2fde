using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Audit;
using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;

namespace Sailplan.Data;

/// <summary>
/// The one database context. Each provider derives from it (<see cref="Sqlite.SqliteAppDb"/>,
/// <see cref="Postgres.PostgresAppDb"/>) only to own its migrations; the model is the same.
/// </summary>
public abstract class AppDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Charter> Charters => Set<Charter>();
    public DbSet<Dimension> Dimensions => Set<Dimension>();
    public DbSet<StrategyNode> Nodes => Set<StrategyNode>();
    public DbSet<KpiDefinition> Kpis => Set<KpiDefinition>();
    public DbSet<KpiTarget> KpiTargets => Set<KpiTarget>();
    public DbSet<Driver> Drivers => Set<Driver>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so that the database reads well and reordering an enum is safe.
        configurationBuilder.Properties<UnitKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AmbitionLevel>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<NodeKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<NodeStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Direction>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PeriodKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DriverPolarity>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>(b =>
        {
            b.Property(o => o.Id).ValueGeneratedNever();
            b.Property(o => o.Version).IsConcurrencyToken();
            b.Property(o => o.Name).HasMaxLength(200);
            b.Property(o => o.TimeZone).HasMaxLength(64);
            b.Property(o => o.Currency).HasMaxLength(3);
        });

        modelBuilder.Entity<Unit>(b =>
        {
            b.Property(u => u.Name).HasMaxLength(200);
            b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Person>(b =>
        {
            b.Property(p => p.Name).HasMaxLength(200);
            b.Property(p => p.Email).HasMaxLength(254);
            b.Property(p => p.Title).HasMaxLength(200);
            b.HasIndex(p => new { p.OrganizationId, p.Email }).IsUnique();
            b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.SetNull);
            b.HasOne<Person>().WithMany().HasForeignKey(p => p.ManagerId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Charter>(b =>
        {
            b.HasIndex(c => new { c.OrganizationId, c.Revision }).IsUnique();
            b.OwnsMany(c => c.Milestones, m => m.ToJson());
        });

        modelBuilder.Entity<Dimension>(b =>
        {
            b.Property(d => d.Name).HasMaxLength(100);
            b.HasIndex(d => new { d.OrganizationId, d.Name }).IsUnique();
        });

        modelBuilder.Entity<StrategyNode>(b =>
        {
            b.Property(n => n.Title).HasMaxLength(300);
            b.HasIndex(n => new { n.OrganizationId, n.ParentId, n.Position });
            b.HasOne<StrategyNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Person>().WithMany().HasForeignKey(n => n.OwnerId).OnDelete(DeleteBehavior.SetNull);
            b.HasOne<Dimension>().WithMany().HasForeignKey(n => n.DimensionId).OnDelete(DeleteBehavior.Restrict);
            b.OwnsOne(n => n.Hypothesis, h => h.ToJson());
            b.OwnsOne(n => n.Scope, s => s.ToJson());
        });

        modelBuilder.Entity<KpiDefinition>(b =>
        {
            b.Property(k => k.Code).HasMaxLength(40);
            b.Property(k => k.Name).HasMaxLength(120);
            b.Property(k => k.Unit).HasMaxLength(40);
            b.HasIndex(k => new { k.OrganizationId, k.Code }).IsUnique();
            b.HasOne<Dimension>().WithMany().HasForeignKey(k => k.DimensionId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<KpiTarget>(b =>
        {
            b.Ignore(t => t.PeriodEnd);
            b.HasIndex(t => new { t.OrganizationId, t.KpiId, t.UnitId, t.PeriodKind, t.PeriodStart }).IsUnique();
            b.HasOne<KpiDefinition>().WithMany().HasForeignKey(t => t.KpiId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Driver>(b =>
        {
            b.Property(d => d.Name).HasMaxLength(120);
            b.HasIndex(d => new { d.OrganizationId, d.Name }).IsUnique();
            b.HasOne<Dimension>().WithMany().HasForeignKey(d => d.DimensionId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<KpiDefinition>().WithMany().HasForeignKey(d => d.KpiId).OnDelete(DeleteBehavior.SetNull);
        });

        ConfigureTenantRows(modelBuilder);
        ConfigureAuditLog(modelBuilder);
    }

    /// <summary>Every tenant row: client-made Guid v7 key, organisation foreign key and index, version token.</summary>
    private static void ConfigureTenantRows(ModelBuilder modelBuilder)
    {
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            var b = modelBuilder.Entity(type.ClrType);
            b.Property(nameof(Entity.Id)).ValueGeneratedNever();
            b.Property(nameof(Entity.Version)).IsConcurrencyToken();
            b.HasOne(typeof(Organization)).WithMany().HasForeignKey(nameof(Entity.OrganizationId)).OnDelete(DeleteBehavior.Cascade);
        }
    }

    /// <summary>
    /// The audit log: keyed by organisation and sequence, so that two saves that both try to append
    /// entry n + 1 cannot both succeed. Not an <see cref="Entity"/>: entries are never updated, so
    /// they carry no version. The organisation's foreign key does not cascade: deleting an
    /// organisation must not quietly take its log with it (an operator removes the log first).
    /// </summary>
    private void ConfigureAuditLog(ModelBuilder modelBuilder) => modelBuilder.Entity<AuditEntry>(b =>
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
