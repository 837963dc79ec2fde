using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Data;

namespace Sailplan.Web.Security;

/// <summary>
/// What the caller of this request may do in an organisation: a signed-in user through their
/// membership's role, a machine through its API key's organisation and scope. Looked up once per
/// request and organisation.
/// </summary>
public sealed class MemberAccess(AppDb db, IHttpContextAccessor http)
{
    private readonly Dictionary<Guid, Role?> _roles = [];

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && ApiKeyOf(Principal) is null ? id : null;

    /// <summary>"user:email" or "key:prefix": who did it, as the audit trail records it.</summary>
    public string Actor => ApiKeyOf(Principal) is { } key ? $"key:{key.Prefix}" : $"user:{Principal.FindFirstValue(ClaimTypes.Email) ?? Principal.Identity?.Name ?? "anonymous"}";

    public async Task<Role?> RoleInAsync(Guid organizationId)
    {
        if (UserId is not { } userId)
        {
            return null;
        }

        if (!_roles.TryGetValue(organizationId, out var role))
        {
            role = await db.Memberships.AsNoTracking()
                .Where(m => m.OrganizationId == organizationId && m.UserId == userId)
                .Select(m => (Role?)m.Role)
                .SingleOrDefaultAsync();
            _roles[organizationId] = role;
        }

        return role;
    }

    /// <summary>Null when the caller is no member of the organisation (then it does not exist for them).</summary>
    public async Task<bool?> MayAsync(Guid organizationId, Permission permission)
    {
        if (ApiKeyOf(Principal) is { } key)
        {
            return key.OrganizationId != organizationId ? null
                : key.Scope == ApiKeyScope.Read ? permission == Permission.ReadStrategy
                : permission == Permission.Ingest;
        }

        return await RoleInAsync(organizationId) is { } role ? role.Allows(permission) : null;
    }

    public static ApiKeyIdentity? ApiKeyOf(ClaimsPrincipal principal) =>
        principal.Identity is { IsAuthenticated: true, AuthenticationType: ApiKeyAuthentication.SchemeName }
        && Guid.TryParse(principal.FindFirstValue(ApiKeyAuthentication.OrganizationClaim), out var org)
        && Enum.TryParse<ApiKeyScope>(principal.FindFirstValue(ApiKeyAuthentication.ScopeClaim), out var scope)
            ? new ApiKeyIdentity(principal.FindFirstValue(ApiKeyAuthentication.PrefixClaim) ?? "", org, scope)
            : null;
}

public sealed record ApiKeyIdentity(string Prefix, Guid OrganizationId, ApiKeyScope Scope);
