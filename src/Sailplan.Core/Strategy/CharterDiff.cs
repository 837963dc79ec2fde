using System.Globalization;
using System.Text;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Sailplan.Core.Strategy;

public enum ClauseChangeKind
{
    /// <summary>A new principle or milestone.</summary>
    Added,

    /// <summary>A core clause (purpose, ambition, a principle, a milestone) replaced by new wording; it keeps its id.</summary>
    Superseded,

    /// <summary>Vision or mission changed: the parts the strategy owner refreshes.</summary>
    Refreshed,

    /// <summary>The principles are the same but in a new order.</summary>
    Reordered,

    Achieved,
    Retired,

    /// <summary>A milestone that was achieved or retired is open again.</summary>
    Reopened,
}

public enum WordChangeKind
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A run of words that stayed, went or came: the pieces of a readable inline diff.</summary>
public sealed record WordChange(WordChangeKind Kind, string Text);

/// <summary>
/// One clause that differs between two revisions. <see cref="Clause"/> names it as the API does
/// ("purpose", "principles[1]", "milestones[0].status") by its position in the later revision;
/// <see cref="Label"/> names it for people. Unchanged clauses are left out.
/// </summary>
public sealed record ClauseChange(string Clause, string Label, bool Core, ClauseChangeKind Kind, Guid? ClauseId,
    string? Before, string? After, IReadOnlyList<WordChange> Words);

/// <summary>One wording a clause had, from the revision that gave it.</summary>
public sealed record ClauseWording(int Revision, string Text, string Reason, DateTimeOffset At);

/// <summary>What changed between two charter revisions, clause by clause, with a word-level diff of each text.</summary>
public static class CharterDiff
{
    public static IReadOnlyList<ClauseChange> Between(Charter from, Charter to)
    {
        if (from.OrganizationId != to.OrganizationId)
        {
            throw new ArgumentException("Both revisions must belong to the same organisation.", nameof(to));
        }

        if (from.Revision > to.Revision)
        {
            throw new DomainException("from", $"Compare an earlier revision with a later one: {from.Revision} comes after {to.Revision}.");
        }

        return Between(from.ToContent(), to.ToContent());
    }

    public static IReadOnlyList<ClauseChange> Between(CharterContent from, CharterContent to)
    {
        var changes = new List<ClauseChange>();
        Text(changes, "purpose", "Purpose", core: true, ClauseChangeKind.Superseded, from.Purpose, to.Purpose);
        Text(changes, "ambition", "Ambition level", core: true, ClauseChangeKind.Superseded,
            AmbitionLevels.Describe(from.Ambition), AmbitionLevels.Describe(to.Ambition));
        Text(changes, "vision", "Vision", core: false, ClauseChangeKind.Refreshed, from.Vision, to.Vision);
        Text(changes, "mission", "Mission", core: false, ClauseChangeKind.Refreshed, from.Mission, to.Mission);
        Principles(changes, from.Principles, to.Principles);
        Milestones(changes, from.Milestones, to.Milestones.OrderBy(m => m.Date).ToList());
        return changes;
    }

    /// <summary>Each wording a principle or milestone had, oldest first: how a superseded clause links to what it replaced.</summary>
    public static IReadOnlyList<ClauseWording> HistoryOf(Guid clauseId, IEnumerable<Charter> revisions)
    {
        var wordings = new List<ClauseWording>();
        foreach (var charter in revisions.OrderBy(c => c.Revision))
        {
            var text = charter.Principles.FirstOrDefault(p => p.Id == clauseId)?.Text
                ?? (charter.Milestones.FirstOrDefault(m => m.Id == clauseId) is { } m ? Wording(m) + StatusSuffix(m) : null);
            if (text is not null && (wordings.Count == 0 || wordings[^1].Text != text))
            {
                wordings.Add(new ClauseWording(charter.Revision, text, charter.Reason, charter.CreatedAt));
            }
        }

        return wordings;
    }

    /// <summary>
    /// Words and the spaces and punctuation between them, so that only what changed is marked.
    /// Changed words separated only by spaces read as one change (all deleted words, then all
    /// inserted ones) rather than alternating word by word.
    /// </summary>
    public static IReadOnlyList<WordChange> Words(string? before, string? after)
    {
        var runs = new List<WordChange>();
        foreach (var piece in InlineDiffBuilder.Diff(before ?? "", after ?? "", ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance).Lines)
        {
            var kind = piece.Type switch
            {
                ChangeType.Deleted => WordChangeKind.Deleted,
                ChangeType.Inserted => WordChangeKind.Inserted,
                _ => WordChangeKind.Same,
            };
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + piece.Text };
            }
            else if (!string.IsNullOrEmpty(piece.Text))
            {
                runs.Add(new WordChange(kind, piece.Text));
            }
        }

        return Readable(runs);
    }

    private static List<WordChange> Readable(List<WordChange> runs)
    {
        var result = new List<WordChange>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        void Flush()
        {
            if (deleted.Length > 0)
            {
                result.Add(new WordChange(WordChangeKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                result.Add(new WordChange(WordChangeKind.Inserted, inserted.ToString()));
            }

            deleted.Clear();
            inserted.Clear();
        }

        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Kind == WordChangeKind.Deleted)
            {
                deleted.Append(run.Text);
            }
            else if (run.Kind == WordChangeKind.Inserted)
            {
                inserted.Append(run.Text);
            }
            else if ((deleted.Length > 0 || inserted.Length > 0) && i + 1 < runs.Count && string.IsNullOrWhiteSpace(run.Text))
            {
                if (deleted.Length > 0)
                {
                    deleted.Append(run.Text);
                }

                if (inserted.Length > 0)
                {
                    inserted.Append(run.Text);
                }
            }
            else
            {
                Flush();
                result.Add(run);
            }
        }

        Flush();
        return result;
    }

    public static string Wording(Milestone m) =>
        $"{m.Title} ({m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" + (m.Description is null ? "" : $": {m.Description}");

    private static void Principles(List<ClauseChange> changes, List<Principle> from, List<Principle> to)
    {
        var before = from.ToDictionary(p => p.Id);
        for (var i = 0; i < to.Count; i++)
        {
            var p = to[i];
            if (!before.TryGetValue(p.Id, out var old))
            {
                changes.Add(Change($"principles[{i}]", $"Principle {i + 1}", core: true, ClauseChangeKind.Added, p.Id, null, p.Text));
            }
            else if (old.Text != p.Text)
            {
                changes.Add(Change($"principles[{i}]", $"Principle {i + 1}", core: true, ClauseChangeKind.Superseded, p.Id, old.Text, p.Text));
            }
        }

        var kept = to.Where(p => before.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        var keptBefore = from.Select(p => p.Id).Where(kept.Contains).ToList();
        if (!kept.SequenceEqual(keptBefore))
        {
            var texts = to.ToDictionary(p => p.Id, p => p.Text);
            changes.Add(Change("principles", "Order of the principles", core: true, ClauseChangeKind.Reordered, null,
                Numbered(keptBefore.Select(id => texts[id])), Numbered(kept.Select(id => texts[id]))));
        }
    }

    private static void Milestones(List<ClauseChange> changes, List<Milestone> from, List<Milestone> to)
    {
        var before = from.ToDictionary(m => m.Id);
        for (var i = 0; i < to.Count; i++)
        {
            var m = to[i];
            var label = $"Milestone \u201c{m.Title}\u201d";
            if (!before.TryGetValue(m.Id, out var old))
            {
                changes.Add(Change($"milestones[{i}]", label, core: true, ClauseChangeKind.Added, m.Id, null, Wording(m) + StatusSuffix(m)));
                continue;
            }

            if (!old.SameWording(m))
            {
                changes.Add(Change($"milestones[{i}]", label, core: true, ClauseChangeKind.Superseded, m.Id, Wording(old), Wording(m)));
            }

            if ((old.Status, old.StatusNote) != (m.Status, m.StatusNote))
            {
                var kind = m.Status switch
                {
                    MilestoneStatus.Achieved => ClauseChangeKind.Achieved,
                    MilestoneStatus.Retired => ClauseChangeKind.Retired,
                    _ => ClauseChangeKind.Reopened,
                };
                changes.Add(Change($"milestones[{i}].status", label, core: true, kind, m.Id, Status(old), Status(m)));
            }
        }
    }

    private static void Text(List<ClauseChange> changes, string clause, string label, bool core, ClauseChangeKind kind, string? before, string? after)
    {
        if (before != after)
        {
            changes.Add(Change(clause, label, core, kind, null, before, after));
        }
    }

    private static ClauseChange Change(string clause, string label, bool core, ClauseChangeKind kind, Guid? id, string? before, string? after) =>
        new(clause, label, core, kind, id, before, after, Words(before, after));

    private static string Status(Milestone m) => m.StatusNote is null ? m.Status.ToString() : $"{m.Status}: {m.StatusNote}";

    private static string StatusSuffix(Milestone m) => m.Status == MilestoneStatus.Open ? "" : $" [{Status(m)}]";

    private static string Numbered(IEnumerable<string> texts) => string.Join("\n", texts.Select((t, i) => $"{i + 1}. {t}"));
}
