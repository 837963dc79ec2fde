namespace Sailplan.Core.Strategy;

public enum AmendmentStatus
{
    /// <summary>Waiting for the executive sponsor (and, where the organisation asks for one, a second approver).</summary>
    Proposed,
    Approved,
    Rejected,

    /// <summary>The proposer took it back.</summary>
    Withdrawn,

    /// <summary>The charter moved on past the revision it was written against, so it can no longer be approved as it stands.</summary>
    Superseded,
}

/// <summary>
/// A proposal to change the charter's core clauses: the full content the charter would have, and
/// why. It takes effect only when the executive sponsor approves it (and a second, different
/// approver where the organisation requires one); then it becomes the next charter revision, with
/// its rationale as the reason. It is written against one revision: if the charter moves on
/// first, it is stale and must be proposed again against the current charter.
/// </summary>
public sealed class CharterAmendment : Entity
{
    public const int MinRationaleLength = 20;

    private CharterAmendment(Guid organizationId) : base(organizationId) { }

    public Guid BaseCharterId { get; private set; }
    public int BaseRevision { get; private set; }
    public CharterContent Proposed { get; private set; } = null!;
    public string Rationale { get; private set; } = "";
    public Guid? ProposedById { get; private set; }
    public string ProposedByName { get; private set; } = "";
    public DateTimeOffset ProposedAt { get; private set; }
    public AmendmentStatus Status { get; private set; }
    public List<CharterApproval> Approvals { get; private set; } = [];
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The revision the approved amendment became, or the one that superseded it.</summary>
    public int? ResultingRevision { get; private set; }

    public Actor ProposedBy() => new(ProposedById, ProposedByName);

    /// <summary>
    /// Checks the proposal against the current charter now, so that a deleted clause or a missing
    /// rationale is refused when proposed, not when the sponsor approves.
    /// </summary>
    public static CharterAmendment Propose(Charter current, CharterContent proposed, string rationale, Actor proposer, DateTimeOffset at)
    {
        var why = Require.Text(rationale, "rationale", 4000);
        if (why.Length < MinRationaleLength)
        {
            throw new DomainException("rationale",
                $"Explain why the charter should change, for the sponsor and for the leaders who inherit it: at least {MinRationaleLength} characters.");
        }

        var who = proposer.Validated("proposedBy");
        return new CharterAmendment(current.OrganizationId)
        {
            BaseCharterId = current.Id,
            BaseRevision = current.Revision,
            Proposed = current.CheckAmendment(proposed),
            Rationale = why,
            ProposedById = who.UserId,
            ProposedByName = who.Name,
            ProposedAt = at,
            Status = AmendmentStatus.Proposed,
        };
    }

    public static int RequiredApprovals(bool secondApproverRequired) => secondApproverRequired ? 2 : 1;

    /// <summary>
    /// Records an approval. Returns the new charter revision when this approval makes the amendment
    /// effective, or null while a second approver is still needed.
    /// </summary>
    public Charter? Approve(Charter current, Actor approver, bool isExecutiveSponsor, bool secondApproverRequired, string? comment, DateTimeOffset at)
    {
        var who = RequireDecider(approver, isExecutiveSponsor, "approve");
        if (Approvals.Any(a => a.Decision == ApprovalDecision.Approved && a.Approver().IsSamePersonAs(who)))
        {
            throw new DomainException("approver",
                $"{who.Name} has already approved this amendment; the organisation requires a second, different approver.");
        }

        RequireCurrent(current);
        var approval = new CharterApproval(who.UserId, who.Name, at, ApprovalDecision.Approved, Require.OptionalText(comment, "comment", 2000));
        List<CharterApproval> approvals = [.. Approvals, approval];
        if (approvals.Count(a => a.Decision == ApprovalDecision.Approved) < RequiredApprovals(secondApproverRequired))
        {
            Approvals = approvals;
            return null;
        }

        // The revision first: if the charter refuses it, the amendment stays as it was.
        var revision = current.Amend(this, approvals, at);
        Approvals = approvals;
        Close(AmendmentStatus.Approved, at, revision.Revision);
        return revision;
    }

    /// <summary>An approver turns the amendment down; the reason is required so the proposer and later leaders know why.</summary>
    public void Reject(Actor approver, bool isExecutiveSponsor, string comment, DateTimeOffset at)
    {
        var who = RequireDecider(approver, isExecutiveSponsor, "reject");
        var why = Require.Text(comment, "comment", 2000);
        Approvals.Add(new CharterApproval(who.UserId, who.Name, at, ApprovalDecision.Rejected, why));
        Close(AmendmentStatus.Rejected, at, null);
    }

    public void Withdraw(Actor by, DateTimeOffset at)
    {
        RequireOpen("withdraw");
        if (!by.IsSamePersonAs(ProposedBy()))
        {
            throw new DomainException("actor", $"Only {ProposedByName}, who proposed this amendment, can withdraw it.");
        }

        Close(AmendmentStatus.Withdrawn, at, null);
    }

    /// <summary>Marks an open amendment superseded once the charter has moved past its base revision. Returns whether it did.</summary>
    public bool SupersedeIfStale(Charter current, DateTimeOffset at)
    {
        if (Status != AmendmentStatus.Proposed || current.Id == BaseCharterId || current.Revision <= BaseRevision)
        {
            return false;
        }

        Close(AmendmentStatus.Superseded, at, current.Revision);
        return true;
    }

    private Actor RequireDecider(Actor actor, bool isExecutiveSponsor, string verb)
    {
        RequireOpen(verb);
        var who = actor.Validated("approver");
        if (!isExecutiveSponsor)
        {
            throw new DomainException("approver", $"Only the executive sponsor can {verb} an amendment to the charter.");
        }

        if (who.IsSamePersonAs(ProposedBy()))
        {
            throw new DomainException("approver", $"{who.Name} proposed this amendment and cannot {verb} it: another person decides.");
        }

        return who;
    }

    private void RequireOpen(string verb)
    {
        if (Status == AmendmentStatus.Superseded)
        {
            throw new DomainException("baseRevision",
                $"This amendment was written against revision {BaseRevision}, and the charter has since moved on to revision {ResultingRevision}. " +
                $"It can no longer be {Past(verb)}: propose it again against the current charter.");
        }

        if (Status != AmendmentStatus.Proposed)
        {
            throw new DomainException("status", $"This amendment is {Status.ToString().ToLowerInvariant()}; only a proposed amendment can be {Past(verb)}.");
        }
    }

    private void RequireCurrent(Charter current)
    {
        if (current.Id != BaseCharterId)
        {
            throw new DomainException("baseRevision",
                $"This amendment was written against revision {BaseRevision}, but the charter is now at revision {current.Revision}. " +
                "It cannot be approved as it stands: propose it again against the current charter.");
        }
    }

    private void Close(AmendmentStatus status, DateTimeOffset at, int? revision)
    {
        Status = status;
        ClosedAt = at;
        ResultingRevision = revision;
    }

    private static string Past(string verb) => verb switch
    {
        "approve" => "approved",
        "reject" => "rejected",
        _ => "withdrawn",
    };
}
