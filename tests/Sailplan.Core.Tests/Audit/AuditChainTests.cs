using Sailplan.Core.Audit;

namespace Sailplan.Core.Tests.Audit;

public class AuditChainTests
{
    private static readonly Guid Org = Guid.Parse("0190a5e8-1f6b-7c3d-8e4f-5a6b7c8d9e0f");
    private static readonly Guid Node = Guid.Parse("0190a5e8-2a7c-7d4e-9f50-6b7c8d9e0f1a");
    private static readonly DateTimeOffset March1 = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private static readonly AuditEntry Fixed = new()
    {
        OrganizationId = Org,
        Sequence = 2,
        At = March1,
        Actor = "user:ana@x.example",
        Action = AuditAction.Modified,
        EntityType = "StrategyNode",
        EntityId = Node,
        Before = """{"title":"Answer faster"}""",
        After = """{"title":"Answer faster, café"}""",
        PreviousHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        Hash = "",
    };

    [Fact]
    public void The_hash_matches_one_computed_outside_dotnet()
    {
        // Computed in bash (C.UTF-8 locale), independently of this code:
        //   printf '%s' '64:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,36:0190a5e8-1f6b-7c3d-8e4f-5a6b7c8d9e0f,1:2,33:2026-03-01T09:30:00.0000000+00:00,18:user:ana@x.example,8:Modified,12:StrategyNode,36:0190a5e8-2a7c-7d4e-9f50-6b7c8d9e0f1a,25:{"title":"Answer faster"},32:{"title":"Answer faster, café"},' | sha256sum
        // with each length from `printf '%s' FIELD | wc -c` (the é is two bytes, so the after field is 32 bytes for 31 characters).
        Assert.Equal("4168032848601e46045ff1709eb178e160fadfcad3a1bab8819e501de99fb40e", AuditChain.ComputeHash(Fixed));
    }

    [Fact]
    public void A_first_entry_with_nothing_before_writes_null_as_a_dash_and_matches_sha256sum()
    {
        var first = Fixed with { Sequence = 1, Actor = "system", Action = AuditAction.Added, Before = null, After = """{"title":"Answer faster"}""", PreviousHash = "" };

        Assert.Equal(
            """0:,36:0190a5e8-1f6b-7c3d-8e4f-5a6b7c8d9e0f,1:1,33:2026-03-01T09:30:00.0000000+00:00,6:system,5:Added,12:StrategyNode,36:0190a5e8-2a7c-7d4e-9f50-6b7c8d9e0f1a,-,25:{"title":"Answer faster"},""",
            AuditChain.Canonical(first));
        // printf '%s' '<the canonical text above>' | sha256sum
        Assert.Equal("f9e41f98d39fbf2d23f24feacdb18f18fd0b79b60961a0b57b3f642bc7ef3f06", AuditChain.ComputeHash(first));
    }

    [Fact]
    public void Times_are_hashed_in_utc_whatever_offset_they_were_given_in()
    {
        var berlin = Fixed with { At = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.FromHours(1)) };

        Assert.Equal(AuditChain.ComputeHash(Fixed), AuditChain.ComputeHash(berlin));
    }

    [Fact]
    public void Field_boundaries_cannot_be_shifted_to_forge_the_same_hash()
    {
        var a = Fixed with { Actor = "ab", EntityType = "c" };
        var b = Fixed with { Actor = "a", EntityType = "bc" };
        var nullBefore = Fixed with { Before = null };
        var emptyBefore = Fixed with { Before = "" };

        Assert.NotEqual(AuditChain.ComputeHash(a), AuditChain.ComputeHash(b));
        Assert.NotEqual(AuditChain.ComputeHash(nullBefore), AuditChain.ComputeHash(emptyBefore));
    }

    [Fact]
    public void Appending_numbers_entries_links_them_and_keeps_time_to_the_microsecond()
    {
        var chain = Chain(3);

        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
        Assert.Equal("", chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
        Assert.All(chain, e => Assert.Equal(AuditChain.ComputeHash(e), e.Hash));
        Assert.Equal(0, chain[0].At.Ticks % 10);
        Assert.Equal(TimeSpan.Zero, chain[0].At.Offset);
    }

    [Fact]
    public void An_intact_chain_verifies()
    {
        var result = AuditChain.Verify(Chain(5));

        Assert.Equal(new AuditVerification(true, null, null, 5), result);
    }

    [Fact]
    public void An_empty_chain_verifies_with_nothing_checked()
    {
        Assert.Equal(new AuditVerification(true, null, null, 0), AuditChain.Verify([]));
    }

    [Fact]
    public void Changed_content_names_the_changed_entry()
    {
        var chain = Chain(4);
        chain[2] = chain[2] with { After = """{"title":"forged"}""" };

        var result = AuditChain.Verify(chain);

        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("does not match its hash", result.Reason);
        Assert.Equal(2, result.Checked);
    }

    [Fact]
    public void A_changed_entry_whose_hash_was_recomputed_breaks_the_link_of_the_next()
    {
        var chain = Chain(4);
        var forged = chain[1] with { Actor = "user:mallory@x.example" };
        chain[1] = forged with { Hash = AuditChain.ComputeHash(forged) };

        var result = AuditChain.Verify(chain);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("does not link to entry 2", result.Reason);
    }

    [Fact]
    public void A_removed_entry_is_reported_as_a_gap()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        var result = AuditChain.Verify(chain);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal("it is missing (the log goes from entry 2 to 4)", result.Reason);
        Assert.Equal(2, result.Checked);
    }

    [Fact]
    public void Removing_the_first_entries_is_reported()
    {
        var result = AuditChain.Verify(Chain(4).Skip(2));

        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Equal("it is missing (the log starts at entry 3)", result.Reason);
    }

    [Fact]
    public void Reordered_entries_are_detected()
    {
        var chain = Chain(4);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var result = AuditChain.Verify(chain);

        Assert.False(result.Ok);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void Swapping_the_sequence_numbers_of_two_entries_is_detected()
    {
        var chain = Chain(4);
        (chain[1], chain[2]) = (chain[2] with { Sequence = 2 }, chain[1] with { Sequence = 3 });

        var result = AuditChain.Verify(chain);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("does not match its hash", result.Reason);
    }

    [Fact]
    public void A_duplicated_entry_is_detected()
    {
        var chain = Chain(3);
        chain.Insert(2, chain[1]);

        var result = AuditChain.Verify(chain);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("duplicated or out of order", result.Reason);
    }

    [Fact]
    public void An_entry_of_another_organisation_breaks_the_chain()
    {
        var chain = Chain(3);
        var other = chain[1] with { OrganizationId = Guid.NewGuid() };
        chain[1] = other with { Hash = AuditChain.ComputeHash(other) };

        var result = AuditChain.Verify(chain);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("belongs to organisation", result.Reason);
    }

    [Fact]
    public void A_first_entry_linking_to_something_earlier_is_broken()
    {
        var chain = Chain(2);
        var relinked = chain[0] with { PreviousHash = new string('0', 64) };
        chain[0] = relinked with { Hash = AuditChain.ComputeHash(relinked) };

        var result = AuditChain.Verify(chain);

        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Equal("the first entry links to an earlier one", result.Reason);
    }

    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var head = AuditChainHead.Empty;
        for (var i = 0; i < count; i++)
        {
            var change = new AuditChange("system", i == 0 ? AuditAction.Added : AuditAction.Modified, "StrategyNode", Node,
                i == 0 ? null : $$"""{"title":"v{{i}}"}""", $$"""{"title":"v{{i + 1}}"}""");
            var entry = AuditChain.Append(head, Org, March1.AddTicks(1234567 * i), change);
            entries.Add(entry);
            head = new AuditChainHead(entry.Sequence, entry.Hash);
        }

        return entries;
    }
}
