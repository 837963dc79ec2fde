namespace Sailplan.Core.Strategy;

public sealed record Milestone(string Title, DateOnly Date, string? Description = null);

/// <summary>
/// The organisation's lasting commitment to its customers: why service exists here, how ambitious
/// it is, the principles it keeps and the milestones it aims for. Each revision is a row of its
/// own; <see cref="SupersedesId"/> links a revision to the one it replaced, so the current charter
/// is the newest revision and earlier ones are never lost.
/// </summary>
public sealed class Charter : Entity
{
    public const int MaxPrinciples = 10;

    private Charter(Guid organizationId) : base(organizationId) { }

    public int Revision { get; private set; } = 1;
    public Guid? SupersedesId { get; private set; }
    public string Purpose { get; private set; } = "";
    public string? Vision { get; private set; }
    public AmbitionLevel Ambition { get; private set; }
    public string Mission { get; private set; } = "";
    public List<string> Principles { get; private set; } = [];
    public List<Milestone> Milestones { get; private set; } = [];

    public static Charter Create(Guid organizationId, string purpose, string? vision, AmbitionLevel ambition, string mission,
        IEnumerable<string> principles, IEnumerable<Milestone> milestones)
    {
        var charter = new Charter(organizationId);
        charter.Update(purpose, vision, ambition, mission, principles, milestones);
        return charter;
    }

    public void Update(string purpose, string? vision, AmbitionLevel ambition, string mission,
        IEnumerable<string> principles, IEnumerable<Milestone> milestones)
    {
        Purpose = Require.Text(purpose, "purpose", 2000);
        Vision = Require.OptionalText(vision, "vision", 2000);
        Ambition = Require.Defined(ambition, "ambition");
        Mission = Require.Text(mission, "mission", 2000);
        Principles = ValidPrinciples(principles);
        Milestones = ValidMilestones(milestones);
    }

    private static List<string> ValidPrinciples(IEnumerable<string> principles)
    {
        var list = principles.Select((p, i) => Require.Text(p, $"principles[{i}]", 500)).ToList();
        if (list.Count > MaxPrinciples)
        {
            throw new DomainException("principles", $"A charter keeps a few guiding principles: at most {MaxPrinciples}, not {list.Count}.");
        }

        return list;
    }

    private static List<Milestone> ValidMilestones(IEnumerable<Milestone> milestones) =>
        milestones
            .Select((m, i) => m with
            {
                Title = Require.Text(m.Title, $"milestones[{i}].title"),
                Description = Require.OptionalText(m.Description, $"milestones[{i}].description", 1000),
            })
            .OrderBy(m => m.Date)
            .ToList();
}
