using System.Globalization;
using System.Text;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Handover;

/// <summary>The handover pack as a Markdown document, to keep, mail or paste into a wiki.</summary>
public static class HandoverMarkdown
{
    public static string Write(HandoverPack pack)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Leadership handover: {pack.Organization}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"As of {Date(pack.AsOf)}.");
        WriteCharter(md, pack);
        WriteTree(md, pack.Tree);
        WriteMeasures(md, pack.OpenMeasures);
        WriteDecisions(md, pack.Decisions);
        WriteMilestones(md, pack.MilestonesAhead);
        WriteLeaders(md, pack.Leaders);
        return md.ToString();
    }

    private static void WriteCharter(StringBuilder md, HandoverPack pack)
    {
        Heading(md, "Charter");
        if (pack.Charter is not { } charter)
        {
            md.AppendLine("No charter has been written yet.");
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- **Purpose:** {charter.Purpose}");
        if (charter.Vision is not null)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **Vision:** {charter.Vision}");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- **Ambition:** {(int)charter.Ambition} of 5, {AmbitionLevels.Describe(charter.Ambition)}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Mission:** {charter.Mission}");
        md.AppendLine("- **Principles:**");
        foreach (var (principle, i) in charter.Principles.Select((p, i) => (p, i)))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"  {i + 1}. {principle.Text}");
        }

        md.AppendLine();
        md.AppendLine("### History");
        md.AppendLine();
        md.AppendLine("| Revision | Date | Kind | By | Reason |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var revision in pack.CharterHistory)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {revision.Revision} | {Date(revision.Date)} | {revision.Kind.ToString().ToLowerInvariant()} | {Cell(revision.Author)} | {Cell(revision.Reason)} |");
        }
    }

    private static void WriteTree(StringBuilder md, IReadOnlyList<StrategyNode> tree)
    {
        Heading(md, "Strategy and its status");
        var children = tree.ToLookup(n => n.ParentId);
        var ids = tree.Select(n => n.Id).ToHashSet();
        foreach (var root in tree.Where(n => n.ParentId is not { } p || !ids.Contains(p)).OrderBy(n => n.Position))
        {
            Visit(root, 0);
        }

        void Visit(StrategyNode node, int depth)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{new string(' ', depth * 2)}- {TreeShape.Label(node.Kind)}: {node.Title} ({Status(node.Status)})");
            foreach (var child in children[node.Id].OrderBy(n => n.Position))
            {
                Visit(child, depth + 1);
            }
        }
    }

    private static void WriteMeasures(StringBuilder md, IReadOnlyList<OpenMeasure> measures)
    {
        Heading(md, "Open measures");
        md.AppendLine("| Measure | Strategy | Owner | Status | Due | Hypothesis |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var m in measures)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(m.Title)} | {Cell(m.Strategy)} | {Cell(m.Owner ?? "nobody")} | {Status(m.Status)} | {(m.Due is { } d ? Date(d) : "")} | {Cell(m.Hypothesis ?? "")} |");
        }
    }

    private static void WriteDecisions(StringBuilder md, IReadOnlyList<Decision> decisions)
    {
        Heading(md, "Decision log");
        if (decisions.Count == 0)
        {
            md.AppendLine("No decisions recorded yet.");
            return;
        }

        md.AppendLine("| Date | Decision | By | Why |");
        md.AppendLine("|---|---|---|---|");
        foreach (var d in decisions)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Date(d.Date)} | {Cell(d.What)} | {Cell(d.Who)} | {Cell(d.Why)} |");
        }
    }

    private static void WriteMilestones(StringBuilder md, IReadOnlyList<Milestone> milestones)
    {
        Heading(md, "Milestones ahead");
        foreach (var m in milestones)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Date(m.Date)}: {m.Title}{(m.Description is null ? "" : " - " + m.Description)}");
        }
    }

    private static void WriteLeaders(StringBuilder md, IReadOnlyList<LeaderDeliverables> leaders)
    {
        Heading(md, "Leadership deliverables");
        foreach (var leader in leaders)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {leader.Role}{(leader.Holder is null ? "" : $": {leader.Holder}")}");
            md.AppendLine();
            md.AppendLine("| Deliverable | Milestone | Due | Status |");
            md.AppendLine("|---|---|---|---|");
            foreach (var d in leader.Deliverables)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(d.Title)} | {Cell(d.Milestone)} | {Date(d.Due)} | {d.Status} |");
            }

            md.AppendLine();
        }
    }

    private static void Heading(StringBuilder md, string title)
    {
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        md.AppendLine();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Status(NodeStatus status) => status == NodeStatus.OnHold ? "on hold" : status.ToString().ToLowerInvariant();

    /// <summary>Table cells cannot hold pipes or line breaks.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
