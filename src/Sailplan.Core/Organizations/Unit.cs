namespace Sailplan.Core.Organizations;

public enum UnitKind
{
    Function,
    Team,
}

/// <summary>A function (Customer Service, Sales, Finance, ...) or a team inside one (Phone, Online).</summary>
public sealed class Unit : Entity
{
    private Unit(Guid organizationId) : base(organizationId) { }

    public string Name { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }

    public static Unit Create(Guid organizationId, string name, UnitKind kind, Unit? parent = null)
    {
        var unit = new Unit(organizationId);
        unit.Update(name, kind, parent);
        return unit;
    }

    public void Update(string name, UnitKind kind, Unit? parent)
    {
        if (parent is not null && (parent.Id == Id || parent.OrganizationId != OrganizationId))
        {
            throw new DomainException("parentId", $"Unit '{name}' cannot sit under '{parent.Name}'.");
        }

        Name = Require.Text(name, "name");
        Kind = Require.Defined(kind, "kind");
        ParentId = parent?.Id;
    }
}
