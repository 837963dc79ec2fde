using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sailplan.Data;

namespace Sailplan.Web.Security;

/// <summary>Email and password sign-in, and single sign-on through OpenID Connect when it is configured.</summary>
[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.SignInRateLimit)]
public sealed class SignInModel(SignInManager<User> signIn, UserManager<User> users) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<AuthenticationScheme> SingleSignOn { get; private set; } = [];

    public async Task OnGetAsync() => SingleSignOn = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email ?? "", Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        Error = result.IsLockedOut
            ? "Too many failed sign-ins: this account is locked for 15 minutes."
            : "The email or the password is wrong.";
        await OnGetAsync();
        return Page();
    }

    public IActionResult OnPostSingleSignOn(string scheme) =>
        Challenge(signIn.ConfigureExternalAuthenticationProperties(scheme, Url.Page("/Security/SignIn", "External", new { ReturnUrl })), scheme);

    /// <summary>Back from the identity provider: only people who already have an account here get in.</summary>
    public async Task<IActionResult> OnGetExternalAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Error = "Single sign-on did not complete. Try again.";
            await OnGetAsync();
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
        if (!result.Succeeded && info.Principal.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value is { } email
            && await users.FindByEmailAsync(email) is { } user)
        {
            await users.AddLoginAsync(user, info);
            await signIn.SignInAsync(user, isPersistent: false);
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        Error = "There is no Sailplan account for this sign-in yet: ask an owner of your organisation to add you.";
        await OnGetAsync();
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
