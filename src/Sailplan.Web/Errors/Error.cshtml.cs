using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sailplan.Web.Errors;

/// <summary>What a person sees instead of a stack trace or a JSON problem when a page fails.</summary>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "The page could not be shown. Nothing you entered was lost on our side; try again in a moment.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        if (code is null or 500)
        {
            Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        Response.StatusCode = code.Value;
        (Heading, Explanation) = code switch
        {
            404 => ("Not found", "There is nothing at this address: the object may have been deleted, or the link is wrong."),
            403 => ("Not allowed", "Your role does not allow this page."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
    }
}
