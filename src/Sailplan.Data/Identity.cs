using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Sailplan.Data;

public static class Identity
{
    public const int MinimumPasswordLength = 12;

    /// <summary>
    /// ASP.NET Core Identity over <see cref="AppDb"/>, with the password and lockout rules, shared by
    /// the web app (which adds sign-in) and the CLI (which creates the demo users).
    /// </summary>
    public static IdentityBuilder AddSailplanIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = MinimumPasswordLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDb>();
}
