using Sailplan.Web;
using Sailplan.Web.Audit;
using Sailplan.Web.Handover;
using Sailplan.Web.Ingest;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Metrics;
using Sailplan.Web.Organizations;
using Sailplan.Web.Scorecard;
using Sailplan.Web.Security;
using Sailplan.Web.Strategy;

var builder = WebApplication.CreateBuilder(args);
builder.AddSailplanServices();
builder.AddSailplanSecurity();

var app = builder.Build();
app.UseSailplanPipeline();
app.UseSailplanSecurity();

app.MapSessionApi();
app.MapAccessApi();
app.MapOrganizationsApi();
app.MapCharterApi();
app.MapDimensionsApi();
app.MapNodesApi();
app.MapOutlineApi();
app.MapMetricsApi();
app.MapAuditApi();
app.MapHandoverApi();
app.MapImportsApi();
app.MapScorecardApi();
app.MapRazorPages();
app.MapGet("/health", () => TypedResults.Ok("healthy")).WithTags("Health").AllowAnonymous();

await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;
