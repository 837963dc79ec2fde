using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Security;

/// <summary>Who may do what in an organisation: members with their roles, and API keys for machines.</summary>
public static class AccessApi
{
    public static IEndpointRouteBuilder MapAccessApi(this IEndpointRouteBuilder app)
    {
        var members = app.MapOrganizationGroup("/members", "Access").RequirePermission(Permission.ManageOrganization);
        members.MapGet("/", ListMembers);
        members.MapPost("/", AddMember);
        members.MapPut("/{id:guid}", ChangeRole);
        members.MapDelete("/{id:guid}", RemoveMember);

        var keys = app.MapOrganizationGroup("/api-keys", "Access").RequirePermission(Permission.ManageOrganization);
        keys.MapGet("/", ListKeys);
        keys.MapPost("/", CreateKey);
        keys.MapDelete("/{id:guid}", RevokeKey);
        return app;
    }

    public static async Task<Ok<List<MemberResult>>> ListMembers(Guid orgId, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(await MembersQuery(db, orgId).ToListAsync(ct));

    /// <summary>Adds a person by email; a new person gets an account with the initial password given.</summary>
    public static async Task<Created<MemberResult>> AddMember(Guid orgId, MemberInput input, AppDb db, UserManager<User> users, CancellationToken ct)
    {
        var email = Require.Text(input.Email, "email", 254);
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new User { UserName = email, Email = email, DisplayName = Require.Text(input.Name, "name") };
            var created = await users.CreateAsync(user, input.Password ?? "");
            if (!created.Succeeded)
            {
                throw new DomainException(created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email",
                    string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        if (await db.Memberships.AnyAsync(m => m.OrganizationId == orgId && m.UserId == user.Id, ct))
        {
            throw new DomainException("email", $"{email} is already a member.");
        }

        var membership = Membership.Create(orgId, user.Id, input.Role);
        db.Add(membership);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/members/{membership.Id}", await MembersQuery(db, orgId).SingleAsync(m => m.Id == membership.Id, ct));
    }

    public static async Task<Ok<MemberResult>> ChangeRole(Guid orgId, Guid id, RoleInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var membership = await db.LoadForUpdateAsync<Membership>(orgId, id, input.Version, input, http, ct);
        if (membership.Role == Role.Owner && input.Role != Role.Owner)
        {
            await RequireAnotherOwnerAsync(db, orgId, id, ct);
        }

        membership.ChangeRole(input.Role);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MembersQuery(db, orgId).SingleAsync(m => m.Id == id, ct));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveMember(Guid orgId, Guid id, AppDb db, CancellationToken ct)
    {
        if (await db.FindOwnedAsync<Membership>(orgId, id, ct) is { Role: Role.Owner })
        {
            await RequireAnotherOwnerAsync(db, orgId, id, ct);
        }

        return await Crud.Delete<Membership>(orgId, id, db, ct);
    }

    public static async Task<Ok<List<ApiKeyResult>>> ListKeys(Guid orgId, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.InOrganization<ApiKey>(orgId).AsNoTracking().OrderByDescending(k => k.Id) // ids are Guid v7: newest first
            .Select(k => new ApiKeyResult(k.Id, k.Name, k.Prefix, k.Scope, k.CreatedAt, k.CreatedBy, k.RevokedAt, null))
            .ToListAsync(ct));

    /// <summary>Creates a key; its plain text is in this response only and is never shown again.</summary>
    public static async Task<Created<ApiKeyResult>> CreateKey(Guid orgId, ApiKeyInput input, AppDb db, MemberAccess access, TimeProvider time,
        CancellationToken ct)
    {
        var (key, plain) = ApiKey.Create(orgId, input.Name, input.Scope, access.Actor, time.GetUtcNow());
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/api-keys/{key.Id}",
            new ApiKeyResult(key.Id, key.Name, key.Prefix, key.Scope, key.CreatedAt, key.CreatedBy, null, plain));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeKey(Guid orgId, Guid id, AppDb db, TimeProvider time, CancellationToken ct)
    {
        if (await db.FindOwnedAsync<ApiKey>(orgId, id, ct) is not { } key)
        {
            return TypedResults.NotFound();
        }

        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static IQueryable<MemberResult> MembersQuery(AppDb db, Guid orgId) =>
        from m in db.InOrganization<Membership>(orgId).AsNoTracking()
        join u in db.Users on m.UserId equals u.Id
        orderby u.Email
        select new MemberResult(m.Id, u.Id, u.Email!, u.DisplayName, m.Role, m.Version);

    private static async Task RequireAnotherOwnerAsync(AppDb db, Guid orgId, Guid membershipId, CancellationToken ct)
    {
        if (!await db.InOrganization<Membership>(orgId).AnyAsync(m => m.Role == Role.Owner && m.Id != membershipId, ct))
        {
            throw new DomainException("role", "An organisation keeps at least one owner: make someone else owner first.");
        }
    }
}

public sealed record MemberInput(string Email, Role Role, string? Name = null, string? Password = null);

public sealed record RoleInput(Role Role, int? Version = null);

public sealed record MemberResult(Guid Id, Guid UserId, string Email, string Name, Role Role, int Version);

public sealed record ApiKeyInput(string Name, ApiKeyScope Scope);

public sealed record ApiKeyResult(Guid Id, string Name, string Prefix, ApiKeyScope Scope, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? RevokedAt, string? Key);
