using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Sailplan.Core;

namespace Sailplan.Web.Infrastructure;

/// <summary>An update based on a version that is no longer the stored one.</summary>
public sealed class EditConflictException(int storedVersion, int submittedVersion, IReadOnlyList<string> changedFields, JsonElement current,
    string token = "version")
    : Exception($"You edited {token} {submittedVersion}; the stored {token} is {storedVersion}.")
{
    public int StoredVersion { get; } = storedVersion;
    public IReadOnlyList<string> ChangedFields { get; } = changedFields;
    public JsonElement Current { get; } = current;
}

/// <summary>The object an update names does not exist in this organisation.</summary>
public sealed class NotFoundException(string what) : Exception($"There is no {what} in this organisation.");

/// <summary>
/// Optimistic concurrency for updates: the client sends the version it edited; if the stored
/// object has moved on, the update is refused with 409, the current object, and the fields where
/// the stored values differ from what the client sent, so nobody overwrites an edit unknowingly.
/// </summary>
public static class Conflicts
{
    /// <param name="token">What the client sends as its version: "version" for most objects, "revision" for the charter.</param>
    public static void Check(int storedVersion, int? submittedVersion, object current, object submitted, JsonSerializerOptions json,
        string token = "version")
    {
        if (submittedVersion is null)
        {
            throw new DomainException(token, $"{token} is required: send the {token} you edited so that concurrent edits are detected.");
        }

        if (submittedVersion == storedVersion)
        {
            return;
        }

        var currentJson = JsonSerializer.SerializeToElement(current, current.GetType(), json);
        var submittedJson = JsonSerializer.SerializeToElement(submitted, submitted.GetType(), json);
        var changed = submittedJson.EnumerateObject()
            .Where(p => p.Name != token && currentJson.TryGetProperty(p.Name, out var stored) && !JsonElement.DeepEquals(stored, p.Value))
            .Select(p => p.Name)
            .ToList();
        throw new EditConflictException(storedVersion, submittedVersion.Value, changed, currentJson, token);
    }

    public static JsonSerializerOptions JsonOptions(this HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
}
