using Microsoft.AspNetCore.Identity;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Security;

namespace Sailplan.Web.Infrastructure;

/// <summary>Who is making a request, as the domain needs it: the signed-in person, and whether they are the organisation's executive sponsor.</summary>
public static class RequestActor
{
    public static async Task<(Actor Actor, bool IsExecutiveSponsor)> OfAsync(HttpContext http, Guid organizationId)
    {
        var access = http.RequestServices.GetRequiredService<MemberAccess>();
        var user = await http.RequestServices.GetRequiredService<UserManager<User>>().GetUserAsync(http.User);
        var name = user is { DisplayName.Length: > 0 } ? user.DisplayName : user?.Email ?? access.Actor;
        var role = await access.RoleInAsync(organizationId);
        return (new Actor(access.UserId, name), role == Role.ExecutiveSponsor);
    }
}
