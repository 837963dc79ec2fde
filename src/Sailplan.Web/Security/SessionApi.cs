using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Data;

namespace Sailplan.Web.Security;

/// <summary>Sign-in and sign-out for scripts (the pages have their own forms), and who am I.</summary>
public static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/session").WithTags("Session");
        session.MapPost("/", SignIn).AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInRateLimit);
        session.MapDelete("/", SignOut);
        app.MapGet("/api/me", Me).WithTags("Session");
        return app;
    }

    /// <summary>Signs in with email and password and sets the session cookie. Five failures lock the account for 15 minutes.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SignIn(SignInInput input, SignInManager<User> signIn)
    {
        var result = await signIn.PasswordSignInAsync(input.Email ?? "", input.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? TypedResults.NoContent()
            : result.IsLockedOut ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                title: "Too many failed sign-ins: the account is locked for 15 minutes.")
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The email or the password is wrong.");
    }

    public static async Task<NoContent> SignOut(SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Ok<MeResult>> Me(MemberAccess access, AppDb db, CancellationToken ct)
    {
        var memberships = access.UserId is { } userId
            ? await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
                .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new MembershipResult(o.Id, o.Name, m.Role))
                .ToListAsync(ct)
            : [];
        return TypedResults.Ok(new MeResult(access.Actor, memberships));
    }
}

public sealed record SignInInput(string? Email, string? Password);

public sealed record MembershipResult(Guid OrganizationId, string OrganizationName, Role Role);

public sealed record MeResult(string Actor, IReadOnlyList<MembershipResult> Memberships);
