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
    /// <param name="postgres">
    /// On PostgreSQL the text columns of keys compare bytes (collation "C"): a linguistic collation makes
    /// every index insert and every sort of a bulk load several times slower, and nobody reads these keys
    /// in alphabetical order from the database (SQLite compares bytes already).
    /// </param>
    public static void Configure(ModelBuilder builder, bool postgres)
    {
        var binary = postgres ? "C" : null;
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
            b.Property(c => c.Source).UseCollation(binary);
            b.Property(c => c.ExternalId).UseCollation(binary);
            b.Property(c => c.CustomerId).UseCollation(binary);
            // A customer's contacts in time order, for the repeat flag.
            b.HasIndex(c => new { c.OrganizationId, c.CustomerId, c.StartedAt });
        });

        builder.Entity<SurveyResponseRow>(b =>
        {
            b.ToTable("survey_responses");
            b.HasKey(s => new { s.OrganizationId, s.Source, s.ExternalId });
            b.Property(s => s.SurveyType).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.Source).UseCollation(binary);
            b.Property(s => s.ExternalId).UseCollation(binary);
        });

        builder.Entity<ContactCell>(b =>
        {
            b.ToTable("contact_cells");
            b.HasKey(c => new { c.OrganizationId, c.Day, c.Unit, c.Channel, c.Queue });
            BinarySlices(b, binary);
            // Zero by default, so the statements that change only some sums of a cell (repeat flags) can leave them out.
            Histograms(b, defaultValue: 0L);
        });

        builder.Entity<SurveyCell>(b =>
        {
            b.ToTable("survey_cells");
            b.HasKey(c => new { c.OrganizationId, c.Day, c.Unit, c.Channel, c.Queue, c.SurveyType });
            b.Property(c => c.SurveyType).HasConversion<string>().HasMaxLength(20);
            BinarySlices(b, binary);
        });

        builder.Entity<ContactMonthCell>(b =>
        {
            b.ToTable("contact_month_cells");
            b.HasKey(c => new { c.OrganizationId, c.Month, c.Unit, c.Channel, c.Queue });
            BinarySlices(b, binary);
            Histograms(b, defaultValue: null);
        });

        builder.Entity<SurveyMonthCell>(b =>
        {
            b.ToTable("survey_month_cells");
            b.HasKey(c => new { c.OrganizationId, c.Month, c.Unit, c.Channel, c.Queue, c.SurveyType });
            b.Property(c => c.SurveyType).HasConversion<string>().HasMaxLength(20);
            BinarySlices(b, binary);
        });
    }

    private static void Histograms<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b, long? defaultValue) where T : class
    {
        foreach (var column in HistogramColumns.All)
        {
            var property = b.Property<long>(column).HasColumnName(column);
            if (defaultValue is { } value)
            {
                property.HasDefaultValue(value);
            }
        }
    }

    private static void BinarySlices<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b, string? binary) where T : class
    {
        foreach (var slice in new[] { "Unit", "Channel", "Queue" })
        {
            b.Property(slice).UseCollation(binary);
        }
    }
}
