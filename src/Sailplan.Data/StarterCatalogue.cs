using Sailplan.Core.Metrics;
using Sailplan.Core.Strategy;

namespace Sailplan.Data;

public static class StarterCatalogue
{
    /// <summary>Adds the standard dimensions and the KPI catalogue that every new organisation starts with.</summary>
    public static void AddStarterCatalogue(this AppDb db, Guid organizationId)
    {
        var dimensions = Dimension.CreateDefaults(organizationId).ToList();
        db.AddRange(dimensions);
        db.AddRange(KpiCatalogue.CreateStandard(organizationId, dimensions.ToDictionary(d => d.Name, d => d.Id)));
    }
}
