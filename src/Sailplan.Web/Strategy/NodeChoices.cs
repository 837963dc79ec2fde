using Sailplan.Data;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Strategy;

/// <summary>Everything a node links to, as options for the node form and as names on the map.</summary>
public sealed record NodeChoices(
    IReadOnlyList<Choice> People,
    IReadOnlyList<Choice> Units,
    IReadOnlyList<Choice> Dimensions,
    IReadOnlyList<Choice> Drivers,
    IReadOnlyList<Choice> Kpis)
{
    public static async Task<NodeChoices> LoadAsync(AppDb db, Guid orgId, CancellationToken ct) => new(
        await Choices.PeopleAsync(db, orgId, ct),
        await Choices.UnitsAsync(db, orgId, ct),
        await Choices.DimensionsAsync(db, orgId, ct),
        await Choices.DriversAsync(db, orgId, ct),
        await Choices.KpisAsync(db, orgId, ct));
}

/// <summary>What the node fields partial needs: the form, the options and which kinds of field apply.</summary>
public sealed record NodeFields(NodeForm Input, NodeChoices Choices, bool HasDimension, bool IsAction);
