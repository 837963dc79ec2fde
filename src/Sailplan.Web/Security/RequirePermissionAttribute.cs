using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Sailplan.Core.Security;

namespace Sailplan.Web.Security;

/// <summary>
/// Marks an endpoint or page with the permission it needs in the organisation named by its
/// {orgId} route value; <see cref="Post"/> may ask more of requests that change things (a page
/// that lists with GET and adds with POST). It is both the authorization policy and the metadata
/// the role-matrix test reads, so the two cannot drift apart.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    private const string Prefix = "permission:";

    public RequirePermissionAttribute(Permission permission)
    {
        Permission = permission;
        Policy = PolicyName(permission, null);
    }

    public RequirePermissionAttribute(Permission permission, Permission post)
    {
        Permission = permission;
        Post = post;
        Policy = PolicyName(permission, post);
    }

    public Permission Permission { get; }

    public Permission? Post { get; }

    /// <summary>The permission a request with this HTTP method needs.</summary>
    public Permission For(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? Permission : Post ?? Permission;

    public static string PolicyName(Permission permission, Permission? post) => post is null ? $"{Prefix}{permission}" : $"{Prefix}{permission}:{post}";

    public static PermissionRequirement? Parse(string policyName)
    {
        if (!policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = policyName[Prefix.Length..].Split(':');
        return Enum.TryParse<Permission>(parts[0], out var read)
            ? new PermissionRequirement(read, parts.Length > 1 && Enum.TryParse<Permission>(parts[1], out var post) ? post : read)
            : null;
    }
}

/// <summary>Builds the policy for a <see cref="RequirePermissionAttribute"/> from its name; other policies as usual.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        RequirePermissionAttribute.Parse(policyName) is { } requirement
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(requirement).Build()
            : await base.GetPolicyAsync(policyName);
}

public static class PermissionEndpoints
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequirePermissionAttribute(permission));
}
