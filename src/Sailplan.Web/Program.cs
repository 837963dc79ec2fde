using Sailplan.Web;
using Sailplan.Web.Audit;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Metrics;
using Sailplan.Web.Organizations;
using Sailplan.Web.Strategy;

var builder = WebApplication.CreateBuilder(args);
builder.AddSailplanServices();

var app = builder.Build();
app.UseSailplanPipeline();

app.MapOrganizationsApi();
app.MapCharterApi();
app.MapDimensionsApi();
app.MapNodesApi();
app.MapOutlineApi();
app.MapMetricsApi();
app.MapAuditApi();
app.MapRazorPages();
app.MapGet("/health", () => TypedResults.Ok("healthy")).WithTags("Health");

await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;
