using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sailplan.Core.Audit;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Data.Audit;
using Sailplan.Data.Postgres;
using Sailplan.Data.Sqlite;

namespace Sailplan.Data.Tests.Audit;

public class AuditTrailTests
{
    private const string Ana = "user:ana@x.example";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Creating_updating_and_deleting_a_node_each_append_one_entry_with_before_after_and_actor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (org, mission) = await SeedAsync(database);
        var goalId = Guid.Empty;
        await using (var db = database.Open(Ana))
        {
            var dimension = await db.Dimensions.SingleAsync();
            var goal = StrategyNode.Create(org.Id, NodeKind.Goal, mission, new NodeDetails("Effortless service", DimensionId: dimension.Id));
            goalId = goal.Id;
            db.Add(goal);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open("user:ben@x.example"))
        {
            var goal = await db.Nodes.SingleAsync(n => n.Id == goalId);
            goal.Update(new NodeDetails("One contact is enough", Status: NodeStatus.Active, DimensionId: goal.DimensionId));
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open("cli:root"))
        {
            db.Remove(await db.Nodes.SingleAsync(n => n.Id == goalId));
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        var entries = await read.AuditEntries.Where(a => a.EntityId == goalId).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal([AuditAction.Added, AuditAction.Modified, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.Equal([Ana, "user:ben@x.example", "cli:root"], entries.Select(e => e.Actor));
        Assert.Equal([4L, 5L, 6L], entries.Select(e => e.Sequence));
        Assert.All(entries, e => Assert.Equal("StrategyNode", e.EntityType));
        Assert.All(entries, e => Assert.Equal(org.Id, e.OrganizationId));

        var (added, modified, deleted) = (entries[0], entries[1], entries[2]);
        Assert.Null(added.Before);
        Assert.Equal("Effortless service", Json(added.After)["title"]!.GetValue<string>());
        Assert.Equal("goal", Json(added.After)["kind"]!.GetValue<string>());
        Assert.Equal(mission.Id.ToString(), Json(added.After)["parentId"]!.GetValue<string>());
        Assert.Equal(
            [new FieldChange("status", "draft", "active"), new FieldChange("title", "Effortless service", "One contact is enough"), new FieldChange("version", "1", "2")],
            AuditDiff.Fields(modified));
        Assert.Equal("One contact is enough", Json(deleted.Before)["title"]!.GetValue<string>());
        Assert.Equal(2, Json(deleted.Before)["version"]!.GetValue<int>());
        Assert.Null(deleted.After);

        var previous = await read.AuditEntries.SingleAsync(a => a.OrganizationId == org.Id && a.Sequence == 3);
        Assert.Equal(previous.Hash, added.PreviousHash);
        Assert.Equal(added.Hash, modified.PreviousHash);
        Assert.Equal(modified.Hash, deleted.PreviousHash);

        var verification = Assert.Single(await AuditLog.VerifyAsync(read, org.Id));
        Assert.Equal(new AuditVerification(true, null, null, 6), verification.Result);
        Assert.Equal("Audit Co", verification.OrganizationName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Snapshots_are_camel_case_in_ordinal_order_with_what_the_row_owns(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (org, mission) = await SeedAsync(database);
        var dimensionId = await ReadAsync(database, db => db.Dimensions.Select(d => d.Id).SingleAsync());
        var goal = StrategyNode.Create(org.Id, NodeKind.Goal, mission, new NodeDetails("Effortless service", DimensionId: dimensionId));
        var strategy = StrategyNode.Create(org.Id, NodeKind.Strategy, goal, new NodeDetails("Answer faster"));
        var action = StrategyNode.Create(org.Id, NodeKind.Action, strategy, new NodeDetails("Callback instead of queue")
        {
            Hypothesis = new Hypothesis("Waiting time falls by 20 s", null, -20m, new DateOnly(2026, 6, 30)),
        });
        await using (var db = database.Open())
        {
            db.AddRange(goal, strategy, action);
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        var entry = await read.AuditEntries.SingleAsync(a => a.EntityId == action.Id);
        var after = Json(entry.After);
        Assert.Equal(
            ["description", "dimensionId", "driverIds", "dueDate", "hypothesis", "id", "kind", "kpiIds", "organizationId", "ownerId", "parentId",
                "position", "scope", "startDate", "status", "title", "unitIds", "version"],
            after.Select(p => p.Key));
        Assert.Equal("""{"by":"2026-06-30","expectedChange":"Waiting time falls by 20 s","expectedDelta":-20,"kpiId":null}""",
            after["hypothesis"]!.ToJsonString());
        Assert.Equal("""{"channels":[],"queues":[],"unitIds":[]}""", after["scope"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_only_to_what_a_row_owns_is_recorded_on_the_row(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (org, _) = await SeedAsync(database);
        var role = LeadershipRole.Create(org.Id, "Head of Customer Service", null, null,
            [new Deliverable("Callback live", "Callback in all queues", new DateOnly(2027, 1, 31))]);
        await using (var db = database.Open())
        {
            db.Add(role);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open(Ana))
        {
            var stored = await db.LeadershipRoles.SingleAsync();
            stored.Update(stored.Title, stored.HolderId, stored.HeldSince,
                [new Deliverable("Callback live", "Callback in all queues", new DateOnly(2027, 3, 31), DeliverableStatus.Delivered)]);
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        var change = await read.AuditEntries.Where(a => a.EntityId == role.Id).OrderBy(a => a.Sequence).LastAsync();
        Assert.Equal(AuditAction.Modified, change.Action);
        Assert.Equal(Ana, change.Actor);
        var deliverables = Assert.Single(AuditDiff.Fields(change), f => f.Field == "deliverables");
        Assert.Equal("""[{"due":"2027-01-31","evidence":null,"milestone":"Callback in all queues","status":"open","title":"Callback live"}]""", deliverables.Before);
        Assert.Equal("""[{"due":"2027-03-31","evidence":null,"milestone":"Callback in all queues","status":"delivered","title":"Callback live"}]""",
            deliverables.After);
        Assert.True(Assert.Single(await AuditLog.VerifyAsync(read)).Result.Ok);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tampering_with_a_stored_entry_is_named_by_verification(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (org, _) = await SeedAsync(database);

        await using var db = database.Open();
        Assert.True(Assert.Single(await AuditLog.VerifyAsync(db, org.Id)).Result.Ok);
        await db.Database.ExecuteSqlRawAsync("""UPDATE audit_entries SET "after" = {0} WHERE "sequence" = 2""", """{"name":"Forged"}""");

        var result = Assert.Single(await AuditLog.VerifyAsync(db, org.Id)).Result;

        Assert.False(result.Ok);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("does not match its hash", result.Reason);
        Assert.Equal(1, result.Checked);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_entry_is_reported_as_a_gap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (org, _) = await SeedAsync(database);

        await using var db = database.Open();
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM audit_entries WHERE "sequence" = 2""");

        var result = Assert.Single(await AuditLog.VerifyAsync(db, org.Id)).Result;

        Assert.Equal(new AuditVerification(false, 2, "it is missing (the log goes from entry 1 to 3)", 1), result);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_app_cannot_change_or_delete_an_audit_entry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        await using (var db = database.Open())
        {
            var entry = await db.AuditEntries.FirstAsync();
            db.Entry(entry).Property(a => a.After).CurrentValue = """{"name":"Forged"}""";
            var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", changed.Message);
        }

        await using (var db = database.Open())
        {
            db.Remove(await db.AuditEntries.FirstAsync());
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using (var db = database.Open())
        {
            var forged = AuditChain.Append(AuditChainHead.Empty, Guid.NewGuid(), DateTimeOffset.UtcNow,
                new AuditChange("user:mallory@x.example", AuditAction.Added, "Dimension", Guid.NewGuid(), null, "{}"));
            db.Add(forged);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var read = database.Open();
        Assert.Equal(3, await read.AuditEntries.CountAsync());
        Assert.True(Assert.Single(await AuditLog.VerifyAsync(read)).Result.Ok);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_saves_racing_for_the_same_sequence_number_do_not_fork_the_chain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (org, _) = await SeedAsync(database);

        // The other save commits right after this one has read the chain head, before it inserts.
        await using var other = database.Open("user:ben@x.example");
        other.Add(Dimension.Create(org.Id, "Efficiency", null, 1));
        var race = new RunAfterHeadRead(() => other.SaveChanges());
        await using var mine = Open(database.Location, race);
        mine.Add(Dimension.Create(org.Id, "Loyalty", null, 2));

        await Assert.ThrowsAsync<DbUpdateException>(() => mine.SaveChangesAsync());
        Assert.Equal(1, race.Runs);
        await mine.SaveChangesAsync();

        await using var read = database.Open();
        var entries = await read.AuditEntries.Where(a => a.OrganizationId == org.Id).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L, 4L, 5L], entries.Select(e => e.Sequence));
        Assert.Equal(["user:ben@x.example", "system"], entries.Skip(3).Select(e => e.Actor));
        Assert.Equal(3, await read.Dimensions.CountAsync());
        Assert.True(Assert.Single(await AuditLog.VerifyAsync(read)).Result.Ok);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_load_reads_the_chain_head_once_and_every_organisation_has_its_own_chain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var counter = new AuditHeadQueries();

        await using (var db = Open(database.Location, counter))
        {
            await DemoLoader.LoadAsync(db, withFacts: false);
        }

        await using var read = database.Open();
        var demo = await read.Organizations.SingleAsync(o => o.Name != "Audit Co");
        var sequences = await read.AuditEntries.Where(a => a.OrganizationId == demo.Id).OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync();
        Assert.Equal(1, counter.Count);
        Assert.True(sequences.Count > 100, $"{sequences.Count} entries");
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Equal(1, await read.AuditEntries.CountAsync(a => a.OrganizationId == demo.Id && a.EntityType == "Organization"));
        Assert.Equal(await read.Nodes.CountAsync(n => n.OrganizationId == demo.Id),
            await read.AuditEntries.CountAsync(a => a.OrganizationId == demo.Id && a.EntityType == "StrategyNode"));
        var results = await AuditLog.VerifyAsync(read);
        Assert.Equal(["Audit Co", demo.Name], results.Select(r => r.OrganizationName).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.True(r.Result.Ok, r.Result.Reason));
        Assert.Equal(sequences.Count, results.Single(r => r.OrganizationId == demo.Id).Result.Checked);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_log_filters_by_type_actor_action_and_days_in_the_organisations_time_zone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (org, mission) = await SeedAsync(database);
        await using (var db = database.Open(Ana))
        {
            var node = await db.Nodes.SingleAsync(n => n.Id == mission.Id);
            node.Update(new NodeDetails("Service customers love, quietly"));
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(org.TimeZone)).DateTime);
        var (from, until) = AuditLog.Days(today, today, org.TimeZone);
        var (tomorrow, _) = AuditLog.Days(today.AddDays(1), null, org.TimeZone);

        Assert.Equal([4L, 3L, 2L, 1L], await AuditLog.Entries(read, org.Id, new AuditFilter()).Select(a => a.Sequence).ToListAsync());
        Assert.Equal([4L, 3L], await AuditLog.Entries(read, org.Id, new AuditFilter(EntityType: "StrategyNode")).Select(a => a.Sequence).ToListAsync());
        Assert.Equal([4L], await AuditLog.Entries(read, org.Id, new AuditFilter(Actor: "ana@")).Select(a => a.Sequence).ToListAsync());
        Assert.Equal([4L], await AuditLog.Entries(read, org.Id, new AuditFilter(Action: AuditAction.Modified)).Select(a => a.Sequence).ToListAsync());
        Assert.Equal([4L, 3L], await AuditLog.Entries(read, org.Id, new AuditFilter(EntityId: mission.Id)).Select(a => a.Sequence).ToListAsync());
        Assert.Equal(4, await AuditLog.Entries(read, org.Id, new AuditFilter(From: from, Until: until)).CountAsync());
        Assert.Equal(0, await AuditLog.Entries(read, org.Id, new AuditFilter(From: tomorrow)).CountAsync());
        Assert.Equal(0, await AuditLog.Entries(read, Guid.NewGuid(), new AuditFilter()).CountAsync());
        Assert.Equal(["Dimension", "Organization", "StrategyNode"], await AuditLog.EntityTypesAsync(read, org.Id));
    }

    [Fact]
    public void Days_are_bounded_at_midnight_in_the_organisations_time_zone()
    {
        var (from, until) = AuditLog.Days(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29), "Europe/Berlin");

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), until);
    }

    private static async Task<(Organization Org, StrategyNode Mission)> SeedAsync(TestDatabase database)
    {
        var org = Organization.Create("Audit Co", "Europe/Berlin", "EUR");
        var dimension = Dimension.Create(org.Id, "Customer effort", null, 0);
        var mission = StrategyNode.Create(org.Id, NodeKind.Mission, null, new NodeDetails("Service customers love"));
        await using var db = database.Open("user:setup@x.example");
        db.AddRange(org, dimension, mission);
        await db.SaveChangesAsync();
        return (org, mission);
    }

    private static async Task<T> ReadAsync<T>(TestDatabase database, Func<AppDb, Task<T>> read)
    {
        await using var db = database.Open();
        return await read(db);
    }

    private static JsonObject Json(string? text) => JsonNode.Parse(text!)!.AsObject();

    /// <summary>A context like <see cref="TestDatabase.Open"/> with one more interceptor watching its commands.</summary>
    private static AppDb Open(DatabaseLocation location, IInterceptor watcher) => location.Provider == DatabaseProvider.Sqlite
        ? new SqliteAppDb(new DbContextOptionsBuilder<SqliteAppDb>(Database.Options<SqliteAppDb>(location)).AddInterceptors(watcher).Options)
        : new PostgresAppDb(new DbContextOptionsBuilder<PostgresAppDb>(Database.Options<PostgresAppDb>(location)).AddInterceptors(watcher).Options);

    private static bool ReadsChainHead(DbCommand command) =>
        command.CommandText.Contains("audit_entries", StringComparison.Ordinal) && command.CommandText.Contains("ORDER BY", StringComparison.Ordinal);

    private sealed class AuditHeadQueries : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count += ReadsChainHead(command) ? 1 : 0;
            return ValueTask.FromResult(result);
        }
    }

    private sealed class RunAfterHeadRead(Action run) : DbCommandInterceptor
    {
        public int Runs { get; private set; }

        // After the head query's reader is gone, so that on SQLite it holds no lock the other save would wait for.
        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            if (Runs == 0 && ReadsChainHead(command))
            {
                Runs++;
                run();
            }

            return result;
        }
    }
}
