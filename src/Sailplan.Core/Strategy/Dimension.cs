namespace Sailplan.Core.Strategy;

/// <summary>A perspective that goals, drivers and KPIs are grouped by (satisfaction, effort, ...).</summary>
public sealed class Dimension : Entity
{
    public static readonly IReadOnlyList<(string Name, string Description)> Defaults =
    [
        ("Customer satisfaction", "How customers judge the service and the relationship (NPS, CSAT)."),
        ("Customer effort", "How easy it is for customers to get what they need (CES, repeat contacts)."),
        ("Efficiency", "Cost and speed of serving a customer (cost per contact, handle time)."),
        ("Productivity", "Output of the service organisation for the time it has (contacts per hour, occupancy)."),
        ("Profitability and sales", "Revenue, retention and sales that service creates or protects."),
        ("Employee engagement", "How committed and able the people who serve customers are."),
    ];

    private Dimension(Guid organizationId) : base(organizationId) { }

    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public int Position { get; private set; }

    public static Dimension Create(Guid organizationId, string name, string? description, int position)
    {
        var dimension = new Dimension(organizationId);
        dimension.Update(name, description, position);
        return dimension;
    }

    public static IEnumerable<Dimension> CreateDefaults(Guid organizationId) =>
        Defaults.Select((d, i) => Create(organizationId, d.Name, d.Description, i));

    public void Update(string name, string? description, int position)
    {
        Name = Require.Text(name, "name", 100);
        Description = Require.OptionalText(description, "description", 1000);
        Position = position;
    }
}
