using System.Security.Cryptography;
using System.Text;

namespace Sailplan.Core.Security;

public enum ApiKeyScope
{
    /// <summary>Reads the organisation's strategy and KPIs.</summary>
    Read,

    /// <summary>Sends contact and survey data in.</summary>
    Ingest,
}

/// <summary>
/// A key for a machine, scoped to one organisation and one scope. Only a SHA-256 hash of the
/// secret is stored (the secret is random and long, so a slow password hash adds nothing); the
/// plain key is shown once, when it is created. <see cref="Prefix"/> finds the row and is safe to show.
/// </summary>
public sealed class ApiKey : Entity
{
    public const string KeyStart = "sp_";
    private const int PrefixLength = 8;

    private ApiKey(Guid organizationId) : base(organizationId) { }

    public string Name { get; private set; } = "";
    public string Prefix { get; private set; } = "";
    public string SecretHash { get; private set; } = "";
    public ApiKeyScope Scope { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>The new key and its plain text, which exists only in this return value.</summary>
    public static (ApiKey Key, string PlainText) Create(Guid organizationId, string name, ApiKeyScope scope, string createdBy, DateTimeOffset now)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var plain = $"{KeyStart}{prefix}_{secret}";
        var key = new ApiKey(organizationId)
        {
            Name = Require.Text(name, "name", 100),
            Prefix = prefix,
            SecretHash = Hash(plain),
            Scope = Require.Defined(scope, "scope"),
            CreatedAt = now,
            CreatedBy = Require.Text(createdBy, "createdBy", 254),
        };
        return (key, plain);
    }

    /// <summary>The prefix of a presented key, or null when it is not shaped like one of ours.</summary>
    public static string? PrefixOf(string presented) =>
        presented.StartsWith(KeyStart, StringComparison.Ordinal) && presented.Length > KeyStart.Length + PrefixLength + 1
            && presented[KeyStart.Length + PrefixLength] == '_'
            ? presented.Substring(KeyStart.Length, PrefixLength)
            : null;

    public bool Matches(string presented) =>
        IsActive && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(SecretHash));

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    private static string Hash(string plain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));
}
