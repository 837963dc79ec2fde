using Sailplan.Core.Organization;

namespace Sailplan.Data;

public static class DemoLoader
{
    public static Task<Organization> LoadAsync(AppDb db) => throw new NotImplementedException("demo lands with the demo branch");
}
