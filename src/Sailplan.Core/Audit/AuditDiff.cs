using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sailplan.Core.Audit;

/// <summary>One field of an audited row, before and after, as text to show (null when absent or null).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>Reads an entry's before and after JSON as the fields a person wants to see.</summary>
public static class AuditDiff
{
    /// <summary>
    /// For a change, only the fields whose value differs; for an addition or deletion, every field
    /// that has a value. Fields keep the order of the stored JSON.
    /// </summary>
    public static IReadOnlyList<FieldChange> Fields(AuditEntry entry)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        var names = before.Select(p => p.Key).Concat(after.Select(p => p.Key).Where(k => !before.ContainsKey(k)));
        var changes = new List<FieldChange>();
        foreach (var name in names)
        {
            var old = before[name];
            var current = after[name];
            var include = entry.Action == AuditAction.Modified ? !JsonNode.DeepEquals(old, current) : (old ?? current) is not null;
            if (include)
            {
                changes.Add(new FieldChange(name, Show(old), Show(current)));
            }
        }

        return changes;
    }

    private static JsonObject Parse(string? json) =>
        json is null ? [] : JsonNode.Parse(json) as JsonObject ?? throw new FormatException("An audit snapshot must be a JSON object.");

    private static string? Show(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
