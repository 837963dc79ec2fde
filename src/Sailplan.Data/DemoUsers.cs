using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Demo;
using Sailplan.Core.Security;

namespace Sailplan.Data;

/// <summary>
/// One sign-in per role for the demo organisation, all with <see cref="Password"/>. For local use
/// only: the password is public (README.md, docs/security.md) and printed on first run.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Sailplan-Demo-2026";

    public static IReadOnlyList<(Role Role, string Email, string Name)> All { get; } =
        Enum.GetValues<Role>()
            .Select(role => (role, $"{Slug(role)}@{DemoOrganization.EmailDomain}", $"Demo {Slug(role).Replace('-', ' ')}"))
            .ToList();

    public static string EmailFor(Role role) => All.Single(u => u.Role == role).Email;

    /// <summary>Creates the missing demo users and their memberships; existing ones are left as they are.</summary>
    public static async Task<int> EnsureAsync(UserManager<User> users, AppDb db, Guid organizationId, CancellationToken cancellationToken = default)
    {
        var created = 0;
        foreach (var (role, email, name) in All)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
                var result = await users.CreateAsync(user, Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create demo user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }

                created++;
            }

            if (!await db.Memberships.AnyAsync(m => m.OrganizationId == organizationId && m.UserId == user.Id, cancellationToken))
            {
                db.Memberships.Add(Membership.Create(organizationId, user.Id, role));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    /// <summary>The sign-ins, for the console on first run and for `sailplan demo`.</summary>
    public static string Describe() =>
        $"Demo sign-ins (local use only), all with the password {Password}:{Environment.NewLine}"
        + string.Join(Environment.NewLine, All.Select(u => $"  {u.Email,-32} {u.Role}"));

    private static string Slug(Role role) => role == Role.ExecutiveSponsor ? "sponsor" : role.ToString().ToLowerInvariant();
}
