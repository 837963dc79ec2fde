using Sailplan.Data.Audit;
using Sailplan.Web.Security;

namespace Sailplan.Web.Audit;

/// <summary>
/// Who the audit log names for a change made through the web app: "user:email" for a signed-in
/// person, "key:prefix" for an API key, "anonymous" for a request without either, and "system"
/// outside requests (start-up).
/// </summary>
public sealed class RequestAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string Current => http.HttpContext?.User is not { } user ? FixedAuditActor.SystemName
        : MemberAccess.ApiKeyOf(user) is { } key ? $"key:{key.Prefix}"
        : user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? $"user:{name}"
        : "anonymous";
}
