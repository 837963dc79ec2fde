using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sailplan.Core.Security;
using Sailplan.Data;

namespace Sailplan.Web.Security;

/// <summary>
/// Machines authenticate with "Authorization: Bearer sp_..." or "X-Api-Key: sp_...". The key is
/// found by its prefix and checked against its stored hash; a revoked key fails.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string OrganizationClaim = "sailplan:organization";
    public const string ScopeClaim = "sailplan:scope";
    public const string PrefixClaim = "sailplan:key";

    public static bool IsPresented(HttpRequest request) => PresentedKey(request) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        var prefix = ApiKey.PrefixOf(presented);
        var key = prefix is null ? null : await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !key.Matches(presented))
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"key:{key.Prefix}"),
            new Claim(PrefixClaim, key.Prefix),
            new Claim(OrganizationClaim, key.OrganizationId.ToString()),
            new Claim(ScopeClaim, key.Scope.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers[HeaderName].FirstOrDefault() is { Length: > 0 } header)
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.FirstOrDefault();
        return authorization is not null && authorization.StartsWith("Bearer " + ApiKey.KeyStart, StringComparison.Ordinal)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }
}
