namespace Sailplan.Core.Security;

/// <summary>What a member may do in one organisation. A person may hold different roles in different organisations.</summary>
public enum Role
{
    /// <summary>Runs the organisation in Sailplan: members, keys, settings, and everything a strategist does.</summary>
    Owner,

    /// <summary>Edits the strategy: charter refreshes, the tree, dimensions, KPIs, targets, drivers; proposes charter amendments.</summary>
    Strategist,

    /// <summary>Updates the measures (actions) they work on and their progress.</summary>
    Contributor,

    /// <summary>Reads everything, including money; business cases and customer value come later.</summary>
    Finance,

    /// <summary>Reads the strategy and its progress: transparency is a goal, so everyone gets at least this.</summary>
    Viewer,

    /// <summary>Reads everything and the audit trail.</summary>
    Auditor,

    /// <summary>Approves amendments to the charter's core clauses.</summary>
    ExecutiveSponsor,
}
