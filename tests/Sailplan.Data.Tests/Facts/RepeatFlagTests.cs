using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Facts;
using Sailplan.Data.Rollups;
using static Sailplan.Data.Tests.Facts.FactTestData;

namespace Sailplan.Data.Tests.Facts;

public class RepeatFlagTests
{
    private static Contact At(string id, string? customer, int month, int day, int hour, bool answered = true) =>
        new("pbx", id, new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.Zero), "phone", id == "D" || id == "E" ? "other" : "main", "u",
            null, customer, answered ? 120 : 0, 0, 0, 10, answered ? ContactOutcome.Answered : ContactOutcome.Abandoned, false, null, null);

    private static async Task<List<string>> StoredRepeatsAsync(TestDatabase database, Guid org)
    {
        await using var db = database.Open();
        return [.. (await db.Contacts.Where(c => c.OrganizationId == org && c.Repeated).Select(c => c.ExternalId).ToListAsync()).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Customer C: A (1 May), B (20 May) first; a later import brings X after A (4 May, abandoned), Y before A
    /// (30 April), Z exactly 7 days before B; a third brings F five days after B. Customer D has two contacts
    /// at the same instant: ids D and E, so D comes first and is followed by E after 0 days. N has no customer.
    /// By hand, with a 7-day window:
    ///   after import 1: none (A's next is B, 19 days on).
    ///   after import 2: A (next X, 3 days), Y (next A, 1 day), Z (next B, exactly 7 days), D (next E, 0 days).
    ///                   X is abandoned, so never repeated; E and B have no next within 7 days.
    ///   after import 3: also B (next F, 5 days).
    /// Rebuilt with a 1-day window: Y (exactly 1 day) and D (0 days) only.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Repeat_flags_follow_contacts_that_later_imports_bring_before_and_after(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database, "UTC");
        List<Contact> first = [At("A", "C", 5, 1, 10), At("B", "C", 5, 20, 10), At("N", null, 5, 2, 10), At("D", "D", 5, 1, 12)];
        List<Contact> second = [At("X", "C", 5, 4, 10, answered: false), At("Y", "C", 4, 30, 10), At("Z", "C", 5, 13, 10), At("E", "D", 5, 1, 12)];
        List<Contact> third = [At("F", "C", 5, 25, 10)];

        await ImportAsync(database, org, first, zone: "UTC");
        Assert.Empty(await StoredRepeatsAsync(database, org));

        await ImportAsync(database, org, second, zone: "UTC");
        Assert.Equal(["A", "D", "Y", "Z"], await StoredRepeatsAsync(database, org));
        Assert.Equal(["A", "D", "Y", "Z"], ExpectedRepeats(first.Concat(second), 7).Order(StringComparer.Ordinal));
        AssertSameCells(ExpectedCells(first.Concat(second), 7), await StoredCellsAsync(database, org));

        await ImportAsync(database, org, third, zone: "UTC");
        Assert.Equal(["A", "B", "D", "Y", "Z"], await StoredRepeatsAsync(database, org));
        var all = first.Concat(second).Concat(third).ToList();
        AssertSameCells(ExpectedCells(all, 7), await StoredCellsAsync(database, org));

        await using (var db = database.Open())
        {
            await RollupRebuild.RunAsync(db, org, repeatWindowDays: 1);
        }

        Assert.Equal(["D", "Y"], await StoredRepeatsAsync(database, org));
        Assert.Equal(["D", "Y"], ExpectedRepeats(all, 1).Order(StringComparer.Ordinal));
        AssertSameCells(ExpectedCells(all, 1), await StoredCellsAsync(database, org));
    }
}
