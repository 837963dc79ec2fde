using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Sailplan.Core.Strategy;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Strategy;

/// <summary>
/// The charter as its form posts it. The first charter is written whole: principles one per line,
/// milestones as rows (blank rows are ignored). Later the form is a refresh: vision, mission and a
/// reason; the core clauses are shown, not posted, and are taken from the current revision.
/// </summary>
public sealed partial class CharterForm
{
    public const int EmptyMilestoneRows = 3;

    [Display(Name = "Purpose")]
    public string? Purpose { get; set; }

    [Display(Name = "Vision")]
    public string? Vision { get; set; }

    [Display(Name = "Ambition level")]
    public AmbitionLevel? Ambition { get; set; }

    [Display(Name = "Mission")]
    public string? Mission { get; set; }

    [Display(Name = "Principles")]
    public string? Principles { get; set; }

    [Display(Name = "Milestones")]
    public List<MilestoneRow> Milestones { get; set; } = [];

    [Display(Name = "Reason for this change")]
    public string? Reason { get; set; }

    /// <summary>The revision the form was loaded from; 0 when there was no charter yet.</summary>
    public int Revision { get; set; }

    public static CharterForm From(Charter? charter) => new CharterForm
    {
        Purpose = charter?.Purpose,
        Vision = charter?.Vision,
        Ambition = charter?.Ambition,
        Mission = charter?.Mission,
        Principles = charter is null ? null : string.Join('\n', charter.Principles.Select(p => p.Text)),
        Milestones = charter?.Milestones.Select(m => new MilestoneRow { Title = m.Title, Date = m.Date, Description = m.Description }).ToList() ?? [],
        Revision = charter?.Revision ?? 0,
    }.WithEmptyRows();

    /// <summary>Shows the current core clauses in the form's fields, since a refresh does not post them.</summary>
    public void TakeCoreFrom(Charter current)
    {
        var stored = From(current);
        (Purpose, Ambition, Principles, Milestones) = (stored.Purpose, stored.Ambition, stored.Principles, stored.Milestones);
    }

    /// <summary>
    /// Keeps a few empty milestone rows so that a milestone can be added without script. Rows are only
    /// appended, never moved, so that re-displayed input stays in the row it was typed in.
    /// </summary>
    public CharterForm WithEmptyRows()
    {
        var missing = EmptyMilestoneRows - Milestones.Count(r => r.IsBlank);
        Milestones.AddRange(Enumerable.Range(0, Math.Max(0, missing)).Select(_ => new MilestoneRow()));
        return this;
    }

    /// <summary>Rows the person filled in, with their index in the form (blank rows shift the domain's numbering).</summary>
    public IReadOnlyList<(MilestoneRow Row, int FormIndex)> FilledRows() =>
        Milestones.Select((row, i) => (row, i)).Where(r => !r.row.IsBlank).ToList();

    /// <summary>What the form cannot hand to the domain at all: a missing choice or date. Empty when complete.</summary>
    public IEnumerable<(string Input, string Message)> Gaps()
    {
        if (Ambition is null)
        {
            yield return ("Input.Ambition", "Choose an ambition level.");
        }

        foreach (var (row, i) in FilledRows().Where(r => r.Row.Date is null))
        {
            yield return ($"Input.Milestones[{i}].Date", $"Give the milestone \u201c{row.Title}\u201d a date.");
        }
    }

    /// <summary>The first charter, written whole.</summary>
    public CharterInput ToInput() => new(
        Purpose ?? "",
        Ambition ?? default,
        Mission ?? "",
        Vision,
        Labels.SplitLines(Principles).Select(text => new PrincipleInput(text)).ToList(),
        FilledRows().Select(r => new MilestoneInput(r.Row.Title ?? "", r.Row.Date ?? default, r.Row.Description)).ToList(),
        Revision);

    /// <summary>A refresh of the current charter: its core clauses as they are, with this form's vision, mission and reason.</summary>
    public CharterInput ToRefreshInput(Charter current) => new(
        current.Purpose,
        current.Ambition,
        Mission ?? "",
        Vision,
        current.Principles.Select(p => new PrincipleInput(p.Text, p.Id)).ToList(),
        current.Milestones.Select(m => new MilestoneInput(m.Title, m.Date, m.Description, m.Id, m.Status, m.StatusNote)).ToList(),
        Revision,
        Reason);

    /// <summary>Points the domain's field names at the inputs: principles live in one text box, milestones skip blank rows.</summary>
    public string InputName(string field)
    {
        if (field == "body")
        {
            return ""; // about the whole form, e.g. nothing changed
        }

        if (field.StartsWith("principles", StringComparison.Ordinal))
        {
            return "Input.Principles";
        }

        var filled = FilledRows();
        return FormSave.InputName(MilestoneIndex().Replace(field, m =>
            int.TryParse(m.Groups[1].Value, out var i) && i < filled.Count ? $"milestones[{filled[i].FormIndex}]" : m.Value));
    }

    [GeneratedRegex(@"^milestones\[(\d+)\]")]
    private static partial Regex MilestoneIndex();
}

public sealed class MilestoneRow
{
    [Display(Name = "Milestone")]
    public string? Title { get; set; }

    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && Date is null && string.IsNullOrWhiteSpace(Description);
}
