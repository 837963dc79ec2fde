using Sailplan.Core.Strategy;

namespace Sailplan.Web.Infrastructure;

/// <summary>Who is making a request, as the domain needs it: a name (and later a user id), and whether they are the executive sponsor.</summary>
public static class RequestActor
{
    public const string ActorHeader = "X-Sailplan-Actor";
    public const string SponsorHeader = "X-Sailplan-Sponsor";
    public const string Anonymous = "anonymous";

    // TODO(auth): actor and sponsor role from the signed-in member. Until sign-in exists anybody can
    // claim a name and the sponsor role with these headers; this is the one place to replace.
    public static (Actor Actor, bool IsExecutiveSponsor) Of(HttpContext http)
    {
        var name = http.Request.Headers[ActorHeader].ToString().Trim();
        var sponsor = bool.TryParse(http.Request.Headers[SponsorHeader].ToString(), out var flag) && flag;
        return (Actor.Named(name.Length > 0 ? name : Anonymous), sponsor);
    }
}
