using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>The strategy on one screen: charter on top, then mission, goals and objectives, strategies and actions.</summary>
[RequirePermission(Permission.ReadStrategy)]
public sealed class MapModel(AppDb db, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    public StrategyMap Map { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = HttpContext.CurrentOrganization()!.Today(time);
        Map = await StrategyMap.LoadAsync(db, OrgId, today, ct);
    }
}
