namespace Sailplan.Core.Security;

/// <summary>A user's role in one organisation. Without a membership, the organisation does not exist for that user.</summary>
public sealed class Membership : Entity
{
    private Membership(Guid organizationId) : base(organizationId) { }

    public Guid UserId { get; private set; }
    public Role Role { get; private set; }

    public static Membership Create(Guid organizationId, Guid userId, Role role)
    {
        var membership = new Membership(organizationId) { UserId = userId };
        membership.ChangeRole(role);
        return membership;
    }

    public void ChangeRole(Role role) => Role = Require.Defined(role, "role");
}
