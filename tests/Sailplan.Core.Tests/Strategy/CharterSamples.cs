using Sailplan.Core.Strategy;

namespace Sailplan.Core.Tests.Strategy;

/// <summary>A founded charter and a way to write changed content from it.</summary>
internal static class CharterSamples
{
    public static readonly Guid Org = Guid.NewGuid();
    public static readonly Actor Owner = Actor.Named("Jonas Hartmann");
    public static readonly Actor Sponsor = Actor.Named("Katrin Vogel");
    public static readonly Actor Board = Actor.Named("Ruth Adler");
    public static readonly DateTimeOffset Day1 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    public const string Rationale = "Agents cut calls short to meet the cap; repeat contacts rose.";

    public static Charter Founded() => Charter.Create(Org, new CharterContent(
        "Service keeps homes running and learns from every problem.",
        "The easiest supplier to deal with.",
        AmbitionLevel.BrandPromise,
        "Solve it at the first contact.",
        [Principle.New("Whoever takes the contact owns it."), Principle.New("Handle time is kept short."), Principle.New("Tell customers before they ask.")],
        [Milestone.New("Bill redesign", new DateOnly(2027, 3, 31)), Milestone.New("Single customer view", new DateOnly(2026, 3, 31), "All teams")]),
        Owner, Day1);

    public static CharterContent With(this Charter c, string? purpose = null, string? vision = null, AmbitionLevel? ambition = null,
        string? mission = null, IEnumerable<Principle>? principles = null, IEnumerable<Milestone>? milestones = null) =>
        new(purpose ?? c.Purpose, vision ?? c.Vision, ambition ?? c.Ambition, mission ?? c.Mission, principles ?? c.Principles, milestones ?? c.Milestones);

    public static List<Principle> Reworded(this Charter c, int index, string text)
    {
        var principles = c.Principles.ToList();
        principles[index] = principles[index] with { Text = text };
        return principles;
    }

    public static List<Milestone> WithMilestone(this Charter c, int index, Func<Milestone, Milestone> change)
    {
        var milestones = c.Milestones.ToList();
        milestones[index] = change(milestones[index]);
        return milestones;
    }
}
