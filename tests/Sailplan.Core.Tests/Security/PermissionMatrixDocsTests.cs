using Sailplan.Core.Security;

namespace Sailplan.Core.Tests.Security;

/// <summary>docs/security.md shows the permission matrix; it must be the one the code enforces.</summary>
public class PermissionMatrixDocsTests
{
    [Fact]
    public void The_documented_matrix_is_the_enforced_one()
    {
        var lines = Repository.ReadDoc("security.md").Split('\n');
        var header = lines.Single(l => l.StartsWith("| role |", StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[2..^1];
        var permissions = header.Select(Enum.Parse<Permission>).ToList();

        Assert.Equal(Enum.GetValues<Permission>().Order(), permissions.Order());
        foreach (var role in Enum.GetValues<Role>())
        {
            var cells = lines.Single(l => l.StartsWith($"| {role} |", StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[2..^1];
            for (var i = 0; i < permissions.Count; i++)
            {
                Assert.True(role.Allows(permissions[i]) == (cells[i] == "yes"), $"{role} / {permissions[i]}: docs say {cells[i]}");
            }
        }
    }

    [Fact]
    public void Everyone_reads_the_strategy_only_the_sponsor_approves_amendments_and_only_owners_and_strategists_import()
    {
        Assert.All(Enum.GetValues<Role>(), role => Assert.True(role.Allows(Permission.ReadStrategy)));
        Assert.Equal([Role.ExecutiveSponsor], Enum.GetValues<Role>().Where(r => r.Allows(Permission.ApproveAmendment)));
        Assert.Equal([Role.Owner, Role.Strategist], Enum.GetValues<Role>().Where(r => r.Allows(Permission.Ingest)));
    }
}
