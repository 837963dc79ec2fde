using Sailplan.Core.Audit;

namespace Sailplan.Core.Tests.Audit;

public class AuditDiffTests
{
    [Fact]
    public void A_change_shows_only_the_fields_that_differ()
    {
        var entry = Entry(AuditAction.Modified,
            """{"title":"Answer faster","status":"draft","unitIds":["a"],"version":1}""",
            """{"title":"Answer faster","status":"active","unitIds":["a","b"],"version":2}""");

        Assert.Equal(
            [new FieldChange("status", "draft", "active"), new FieldChange("unitIds", """["a"]""", """["a","b"]"""), new FieldChange("version", "1", "2")],
            AuditDiff.Fields(entry));
    }

    [Fact]
    public void An_addition_shows_every_field_with_a_value()
    {
        var entry = Entry(AuditAction.Added, null, """{"title":"New","description":null,"position":0}""");

        Assert.Equal([new FieldChange("title", null, "New"), new FieldChange("position", null, "0")], AuditDiff.Fields(entry));
    }

    [Fact]
    public void A_deletion_shows_what_was_there()
    {
        var entry = Entry(AuditAction.Deleted, """{"title":"Old","hypothesis":{"expectedChange":"less"}}""", null);

        Assert.Equal([new FieldChange("title", "Old", null), new FieldChange("hypothesis", """{"expectedChange":"less"}""", null)],
            AuditDiff.Fields(entry));
    }

    [Fact]
    public void A_field_that_appears_or_disappears_counts_as_changed()
    {
        var entry = Entry(AuditAction.Modified, """{"a":1}""", """{"b":2}""");

        Assert.Equal([new FieldChange("a", "1", null), new FieldChange("b", null, "2")], AuditDiff.Fields(entry));
    }

    private static AuditEntry Entry(AuditAction action, string? before, string? after) =>
        AuditChain.Append(AuditChainHead.Empty, Guid.NewGuid(), DateTimeOffset.UnixEpoch,
            new AuditChange("system", action, "StrategyNode", Guid.NewGuid(), before, after));
}
