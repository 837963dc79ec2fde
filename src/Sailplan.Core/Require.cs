namespace Sailplan.Core;

/// <summary>Guards shared by the entities: each failure names the field and says why.</summary>
public static class Require
{
    public static string Text(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException(field, $"{field} is required.");
        }

        return OptionalText(trimmed, field, maxLength)!;
    }

    public static string? OptionalText(string? value, string field, int maxLength = 4000)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException(field, $"{field} must be at most {maxLength} characters (it has {trimmed.Length}).");
        }

        return trimmed;
    }

    public static void DateOrder(DateOnly? start, DateOnly? due, string dueField = "dueDate")
    {
        if (start is { } s && due is { } d && d < s)
        {
            throw new DomainException(dueField, $"The due date {d:yyyy-MM-dd} is before the start date {s:yyyy-MM-dd}.");
        }
    }

    /// <summary>An enum written as text (a query string: "onHold" as in JSON bodies, or any casing); empty is null.</summary>
    public static T? OptionalEnum<T>(string? value, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null
        : Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new DomainException(field, $"'{value}' is not one of: {string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");

    public static T Defined<T>(T value, string field) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainException(field, $"{value} is not a valid {field}.");
}
