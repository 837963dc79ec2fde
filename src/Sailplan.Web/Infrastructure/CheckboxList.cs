namespace Sailplan.Web.Infrastructure;

/// <summary>A group of checkboxes posting ids under one input name (e.g. "Input.UnitIds").</summary>
public sealed record CheckboxList(string Name, string Legend, IReadOnlyList<Choice> Options, IReadOnlyCollection<Guid> Selected,
    string? Hint = null, string Empty = "None to choose from yet.");
