using Sailplan.Data.Audit;

namespace Sailplan.Web.Audit;

/// <summary>
/// Who the audit log names for a change made through the web app: the signed-in user of the
/// request, "anonymous" for a request without one, and "system" outside requests (start-up).
/// Sign-in (issue 4) fills <see cref="HttpContext.User"/>; API keys will want their own "key:" name.
/// </summary>
public sealed class RequestAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string Current => http.HttpContext?.User.Identity switch
    {
        null => FixedAuditActor.SystemName,
        { IsAuthenticated: true, Name: { Length: > 0 } name } => $"user:{name}",
        _ => "anonymous",
    };
}
