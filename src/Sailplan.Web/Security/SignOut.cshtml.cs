using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sailplan.Data;

namespace Sailplan.Web.Security;

/// <summary>Signing out is a POST with the antiforgery token, so another site cannot sign you out.</summary>
public sealed class SignOutModel(SignInManager<User> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Organizations/Start");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Security/SignIn");
    }
}
