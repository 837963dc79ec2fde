namespace Sailplan.Core;

/// <summary>
/// A broken business rule. <see cref="Field"/> names the input that broke it (in camelCase, as the
/// JSON API and forms call it) so that every shell can point the user at the right place.
/// </summary>
public sealed class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
