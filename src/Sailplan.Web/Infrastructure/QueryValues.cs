using Sailplan.Core;

namespace Sailplan.Web.Infrastructure;

public static class QueryValues
{
    /// <summary>An enum from the query string, written as in JSON bodies ("onHold") or any casing.</summary>
    public static T? Enum<T>(string? value, string field) where T : struct, System.Enum =>
        string.IsNullOrWhiteSpace(value) ? null
        : System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) ? parsed
        : throw new DomainException(field, $"'{value}' is not one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
}
