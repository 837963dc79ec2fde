using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Security;

/// <summary>
/// Sign-in (Identity cookies, API keys, optional OpenID Connect), the permission policies, and the
/// web hygiene that goes with them: rate limits, request size limits, security headers.
/// See docs/security.md.
/// </summary>
public static class SecuritySetup
{
    public const string SignInRateLimit = "sign-in";
    private const string SmartScheme = "Sailplan";

    public static WebApplicationBuilder AddSailplanSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<MemberAccess>();
        services.AddSailplanIdentity().AddSignInManager().AddDefaultTokenProviders();
        // Keys in the database, so that several instances behind a load balancer accept each other's cookies.
        services.AddDataProtection().SetApplicationName("Sailplan").PersistKeysToDbContext<AppDb>();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "API key or cookie", o => o.ForwardDefaultSelector = http =>
                ApiKeyAuthentication.IsPresented(http.Request) ? ApiKeyAuthentication.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(ConfigureCookie));
        AddOpenIdConnectWhenConfigured(builder, authentication);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, HideOtherOrganizations>();

        // Sign-in attempts per client address and minute (lockout also stops guessing one account);
        // every request per caller (user, key or address) through a token bucket.
        var signInsPerMinute = builder.Configuration.GetValue("Sailplan:RateLimits:SignInsPerMinute", 10);
        var requestsPerMinute = builder.Configuration.GetValue("Sailplan:RateLimits:RequestsPerMinute", 1200);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = requestsPerMinute,
                    TokensPerPeriod = Math.Max(1, requestsPerMinute / 6),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                }));
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 10 * 1024 * 1024);
        return builder;
    }

    public static WebApplication UseSailplanSecurity(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            await next();
        });
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Pages get the sign-in page; the API gets 401 problems instead of redirects.</summary>
    private static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        cookie.LoginPath = "/signin";
        cookie.LogoutPath = "/signout";
        cookie.AccessDeniedPath = "/error/403";
        cookie.Cookie.Name = "sailplan";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.SlidingExpiration = true;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.Events.OnRedirectToLogin = RespondOrRedirect;
        // A forbidden page answers 403 where it is (the status code pages render it), not a redirect.
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static Task RespondOrRedirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (ErrorHandling.IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>Sign-in through an OpenID Connect provider when Authentication:OpenIdConnect:Authority is set.</summary>
    private static void AddOpenIdConnectWhenConfigured(WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var oidc = builder.Configuration.GetSection("Authentication:OpenIdConnect");
        if (string.IsNullOrEmpty(oidc["Authority"]))
        {
            return;
        }

        authentication.AddOpenIdConnect("oidc", oidc["DisplayName"] ?? "Single sign-on", o =>
        {
            o.Authority = oidc["Authority"];
            o.ClientId = oidc["ClientId"];
            o.ClientSecret = oidc["ClientSecret"];
            o.ResponseType = "code";
            o.SaveTokens = false;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Scope.Add("email");
        });
    }
}
