using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Organizations;

namespace Sailplan.Data.Facts;

/// <summary>
/// The fact, rollup and import-history tables. Every key starts with the organisation id, so the tables
/// can later be distributed by organisation (Citus) without changing a key. Facts and cells carry no
/// foreign key to the organisation: a per-row check would cost the bulk load dearly, and every row
/// is written by <see cref="Ingest.FactImport"/>, which records its import (with that foreign key)
/// in the same transaction.
/// </summary>
internal static class FactModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ImportRecord>(b =>
        {
            b.ToTable("imports");
            b.HasKey(i => new { i.OrganizationId, i.Id });
            b.Property(i => i.Id).ValueGeneratedNever();
            b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(i => i.FileName).HasMaxLength(400);
            b.Property(i => i.Profile).HasMaxLength(200);
            b.Property(i => i.Actor).HasMaxLength(200);
            b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ContactRow>(b =>
        {
            b.ToTable("contacts");
            b.HasKey(c => new { c.OrganizationId, c.Source, c.ExternalId });
            b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
            // The rows an import added (to roll them up, or to undo an import later).
            b.HasIndex(c => new { c.OrganizationId, c.ImportId });
            // A customer's contacts in time order, for the repeat flag.
            b.HasIndex(c => new { c.OrganizationId, c.CustomerId, c.StartedAt });
        });

        builder.Entity<SurveyResponseRow>(b =>
        {
            b.ToTable("survey_responses");
            b.HasKey(s => new { s.OrganizationId, s.Source, s.ExternalId });
            b.Property(s => s.SurveyType).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(s => new { s.OrganizationId, s.ImportId });
        });

        builder.Entity<ContactCell>(b =>
        {
            b.ToTable("contact_cells");
            b.HasKey(c => new { c.OrganizationId, c.Day, c.Unit, c.Channel, c.Queue });
        });

        builder.Entity<SurveyCell>(b =>
        {
            b.ToTable("survey_cells");
            b.HasKey(c => new { c.OrganizationId, c.Day, c.Unit, c.Channel, c.Queue, c.SurveyType });
            b.Property(c => c.SurveyType).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<DurationBucketCell>(b =>
        {
            b.ToTable("duration_buckets");
            b.HasKey(c => new { c.OrganizationId, c.Day, c.Unit, c.Channel, c.Queue, c.Measure, c.Bucket });
            b.Property(c => c.Measure).HasMaxLength(20);
        });
    }
}
