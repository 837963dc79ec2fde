namespace Sailplan.Core.Strategy;

/// <summary>How a charter revision came about.</summary>
public enum RevisionKind
{
    /// <summary>The first charter of the organisation.</summary>
    Founding,

    /// <summary>The strategy owner refreshed the parts that are not core (vision, mission) or recorded a milestone as achieved.</summary>
    Refresh,

    /// <summary>An amendment approved by the executive sponsor changed core clauses.</summary>
    Amendment,
}

/// <summary>
/// The organisation's lasting commitment to its customers: why service exists here, how ambitious
/// it is, the principles it keeps and the milestones it aims for. Every saved state is an immutable
/// revision: a change makes a new revision that <see cref="SupersedesId"/> links to the one it
/// replaced, with the reason, the author and, for an amendment, who approved it.
///
/// Core clauses (purpose, ambition, each principle, each milestone) are what each new leader
/// inherits: they change only through an approved <see cref="CharterAmendment"/>, and they can be
/// given new wording but never deleted. Vision and mission the strategy owner refreshes directly.
/// </summary>
public sealed class Charter : Entity
{
    public const int MaxPrinciples = 10;
    public const string FoundingReason = "The first charter.";

    private Charter(Guid organizationId) : base(organizationId) { }

    public int Revision { get; private set; } = 1;
    public Guid? SupersedesId { get; private set; }
    public RevisionKind Kind { get; private set; }
    public string Purpose { get; private set; } = "";
    public string? Vision { get; private set; }
    public AmbitionLevel Ambition { get; private set; }
    public string Mission { get; private set; } = "";
    public List<Principle> Principles { get; private set; } = [];
    public List<Milestone> Milestones { get; private set; } = [];

    /// <summary>Why this revision was made: the refresh's reason or the amendment's rationale.</summary>
    public string Reason { get; private set; } = "";
    public Guid? AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The amendment this revision put into effect, and the approvals it carried.</summary>
    public Guid? AmendmentId { get; private set; }
    public List<CharterApproval> ApprovedBy { get; private set; } = [];

    public Actor Author() => new(AuthorId, AuthorName);

    public CharterContent ToContent() => new(Purpose, Vision, Ambition, Mission, Principles, Milestones);

    /// <summary>The first revision. Nothing is protected yet, so the strategy owner writes all of it.</summary>
    public static Charter Create(Guid organizationId, CharterContent content, Actor author, DateTimeOffset at, string? reason = null)
    {
        var charter = new Charter(organizationId) { Kind = RevisionKind.Founding };
        charter.Fill(content.Validated(), author, Require.OptionalText(reason, "reason", 2000) ?? FoundingReason, at);
        return charter;
    }

    /// <summary>
    /// The strategy owner's direct change, as a new revision: vision and mission, and milestones
    /// recorded as achieved. A change to a core clause is refused, naming it: that needs an amendment.
    /// </summary>
    public Charter Refresh(CharterContent content, Actor author, string reason, DateTimeOffset at) =>
        Revise(content, RevisionKind.Refresh, author, reason, at, null, []);

    /// <summary>Checks that <paramref name="proposed"/> may become the next revision through an amendment; returns it validated.</summary>
    internal CharterContent CheckAmendment(CharterContent proposed)
    {
        var next = ValidatedSuccessor(proposed);
        RequireSomeChange(next);
        return next;
    }

    internal Charter Amend(CharterAmendment amendment, IReadOnlyList<CharterApproval> approvals, DateTimeOffset at) =>
        Revise(amendment.Proposed, RevisionKind.Amendment, amendment.ProposedBy(), amendment.Rationale, at, amendment.Id, approvals);

    private Charter Revise(CharterContent content, RevisionKind kind, Actor author, string reason, DateTimeOffset at,
        Guid? amendmentId, IReadOnlyList<CharterApproval> approvals)
    {
        var next = ValidatedSuccessor(content);
        if (kind == RevisionKind.Refresh)
        {
            RequireNoCoreChange(next);
        }

        RequireSomeChange(next);
        var revision = new Charter(OrganizationId)
        {
            Revision = Revision + 1,
            SupersedesId = Id,
            Kind = kind,
            AmendmentId = amendmentId,
            // Copies, not the amendment's own records: EF Core tracks each owned record in one place only.
            ApprovedBy = [.. approvals.Select(a => a with { })],
        };
        revision.Fill(next, author, Require.Text(reason, "reason", 2000), at);
        return revision;
    }

    private void Fill(CharterContent content, Actor author, string reason, DateTimeOffset at)
    {
        var who = author.Validated("author");
        Purpose = content.Purpose;
        Vision = content.Vision;
        Ambition = content.Ambition;
        Mission = content.Mission;
        Principles = [.. content.Principles];
        Milestones = [.. content.Milestones.OrderBy(m => m.Date)];
        Reason = reason;
        AuthorId = who.UserId;
        AuthorName = who.Name;
        CreatedAt = at;
    }

    /// <summary>The content validated, after checking that it keeps every core clause of this revision.</summary>
    private CharterContent ValidatedSuccessor(CharterContent content)
    {
        if (string.IsNullOrWhiteSpace(content.Purpose))
        {
            throw new DomainException("purpose", "The purpose is a core clause: it can be given new wording but never emptied.");
        }

        var next = content.Validated();
        var principleIds = next.Principles.Select(p => p.Id).ToHashSet();
        for (var i = 0; i < Principles.Count; i++)
        {
            if (!principleIds.Contains(Principles[i].Id))
            {
                throw new DomainException($"principles[{i}]",
                    $"Principle {i + 1} (\u201c{Principles[i].Text}\u201d) is a core clause: it can be given new wording through an amendment, but never deleted.");
            }
        }

        var milestoneIds = next.Milestones.Select(m => m.Id).ToHashSet();
        for (var i = 0; i < Milestones.Count; i++)
        {
            if (!milestoneIds.Contains(Milestones[i].Id))
            {
                throw new DomainException($"milestones[{i}]",
                    $"The milestone \u201c{Milestones[i].Title}\u201d is a core clause: it can be achieved, or retired with a reason through an amendment, but never removed.");
            }
        }

        return next;
    }

    /// <summary>What only an amendment may change. Fields name the clause by its position in the content sent.</summary>
    private void RequireNoCoreChange(CharterContent next)
    {
        const string Amend = "propose an amendment with a rationale for the executive sponsor to approve.";
        if (next.Purpose != Purpose)
        {
            throw new DomainException("purpose", $"The purpose is a core clause: a refresh cannot change it; {Amend}");
        }

        if (next.Ambition != Ambition)
        {
            throw new DomainException("ambition", $"The ambition level is a core clause: a refresh cannot change it; {Amend}");
        }

        var principles = Principles.ToDictionary(p => p.Id);
        for (var i = 0; i < next.Principles.Count; i++)
        {
            var p = next.Principles[i];
            if (!principles.TryGetValue(p.Id, out var before))
            {
                throw new DomainException($"principles[{i}]", $"\u201c{p.Text}\u201d would be a new principle, a core clause: a refresh cannot add it; {Amend}");
            }

            if (before.Text != p.Text)
            {
                throw new DomainException($"principles[{i}]", $"Principle {i + 1} is a core clause: new wording needs an amendment; {Amend}");
            }
        }

        if (!next.Principles.Select(p => p.Id).SequenceEqual(Principles.Select(p => p.Id)))
        {
            throw new DomainException("principles", $"The order of the principles is part of the core clauses: {Amend}");
        }

        var milestones = Milestones.ToDictionary(m => m.Id);
        var sent = next.Milestones;
        for (var i = 0; i < sent.Count; i++)
        {
            var m = sent[i];
            if (!milestones.TryGetValue(m.Id, out var before))
            {
                throw new DomainException($"milestones[{i}]", $"\u201c{m.Title}\u201d would be a new milestone, a core clause: a refresh cannot add it; {Amend}");
            }

            if (!before.SameWording(m))
            {
                throw new DomainException($"milestones[{i}]", $"The milestone \u201c{before.Title}\u201d is a core clause: changing its title, date or description needs an amendment; {Amend}");
            }

            var recordsProgress = m.Status == MilestoneStatus.Achieved && before.Status is MilestoneStatus.Open or MilestoneStatus.Achieved;
            if ((m.Status, m.StatusNote) != (before.Status, before.StatusNote) && !recordsProgress)
            {
                throw new DomainException($"milestones[{i}].status",
                    $"A refresh can record the milestone \u201c{m.Title}\u201d as achieved; retiring or reopening it needs an amendment; {Amend}");
            }
        }
    }

    private void RequireSomeChange(CharterContent next)
    {
        if (CharterDiff.Between(ToContent(), next).Count == 0)
        {
            throw new DomainException("body", $"Nothing changed: this is what revision {Revision} already says.");
        }
    }
}
