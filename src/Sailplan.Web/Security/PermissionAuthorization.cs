using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Sailplan.Core.Security;

namespace Sailplan.Web.Security;

/// <summary>Reading (GET, HEAD) needs <paramref name="Read"/>; any other method needs <paramref name="Write"/>.</summary>
public sealed record PermissionRequirement(Permission Read, Permission Write) : IAuthorizationRequirement;

/// <summary>
/// Grants a permission when the caller's role (or key) in the route's organisation allows it.
/// A caller who is not a member fails with <see cref="NotMember"/>, which
/// <see cref="HideOtherOrganizations"/> turns into 404: another organisation's objects do not
/// exist for you, rather than being forbidden.
/// </summary>
public sealed class PermissionHandler(MemberAccess access, IHttpContextAccessor http) : AuthorizationHandler<PermissionRequirement>
{
    public static readonly AuthorizationFailureReason NotMember = new(new PermissionHandlerMarker(), "not a member of this organisation");

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (http.HttpContext?.GetRouteValue("orgId") is not { } value || !Guid.TryParse(value.ToString(), out var orgId))
        {
            context.Fail(); // a permission only means something inside an organisation
            return;
        }

        var permission = HttpMethods.IsGet(http.HttpContext.Request.Method) || HttpMethods.IsHead(http.HttpContext.Request.Method)
            ? requirement.Read
            : requirement.Write;
        switch (await access.MayAsync(orgId, permission))
        {
            case true:
                context.Succeed(requirement);
                break;
            case null:
                context.Fail(NotMember);
                break;
            default:
                context.Fail();
                break;
        }
    }

    private sealed class PermissionHandlerMarker : IAuthorizationHandler
    {
        public Task HandleAsync(AuthorizationHandlerContext context) => Task.CompletedTask;
    }
}

/// <summary>Answers 404 instead of 403 to callers who are not members of the organisation they asked about.</summary>
public sealed class HideOtherOrganizations : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailureReasons.Contains(PermissionHandler.NotMember) == true)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
