using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sailplan.Web.Strategy;

/// <summary>Outline import; the page says so honestly until the outline parser lands (see OutlineApi).</summary>
public sealed class OutlineModel : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }
}
