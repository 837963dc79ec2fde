using System.Diagnostics.CodeAnalysis;

namespace Sailplan.Core.Security;

[SuppressMessage("Naming", "CA1711", Justification = "A permission is what the security docs and the product call it.")]
public enum Permission
{
    ReadStrategy,
    EditStrategy,
    UpdateMeasures,
    ProposeAmendment,
    ApproveAmendment,
    ReadAudit,
    ManageOrganization,
    Ingest,
}

/// <summary>
/// The permission matrix: which role may do what. docs/security.md shows the same table, and a
/// test walks every endpoint of the running app for every role against it.
/// </summary>
public static class Permissions
{
    private static readonly Dictionary<Role, Permission[]> Granted = new Dictionary<Role, Permission[]>
    {
        [Role.Owner] = [Permission.ReadStrategy, Permission.EditStrategy, Permission.UpdateMeasures, Permission.ProposeAmendment,
            Permission.ReadAudit, Permission.ManageOrganization, Permission.Ingest],
        [Role.Strategist] = [Permission.ReadStrategy, Permission.EditStrategy, Permission.UpdateMeasures, Permission.ProposeAmendment,
            Permission.Ingest],
        [Role.Contributor] = [Permission.ReadStrategy, Permission.UpdateMeasures],
        [Role.Finance] = [Permission.ReadStrategy],
        [Role.Viewer] = [Permission.ReadStrategy],
        [Role.Auditor] = [Permission.ReadStrategy, Permission.ReadAudit],
        [Role.ExecutiveSponsor] = [Permission.ReadStrategy, Permission.ApproveAmendment],
    };

    public static bool Allows(this Role role, Permission permission) => Granted[role].Contains(permission);

    public static IReadOnlyList<Permission> Of(Role role) => Granted[role];
}
