using System.Text.Json.Nodes;

namespace Sailplan.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string Header = "externalId,startedAt,channel,queue,unit,agent,customerId,talkSeconds,holdSeconds,wrapSeconds,waitSeconds,outcome,transferred,resolved,reason";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"sailplan-cli-{Guid.NewGuid():N}.db");
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"contacts-{Guid.NewGuid():N}.csv");
    private readonly string _problems = Path.Combine(Path.GetTempPath(), $"problems-{Guid.NewGuid():N}.csv");

    public void Dispose()
    {
        File.Delete(_db);
        File.Delete(_csv);
        File.Delete(_problems);
    }

    [Fact]
    public async Task A_bad_file_is_refused_naming_each_row_then_a_good_one_imports_once_and_kpi_reports_it()
    {
        await SailplanCli.RunAsync("--db", _db, "demo", "--without-facts");
        // March 2024, before any demo data: four phone contacts, the third abandoned after 40 s.
        string[] good =
        [
            "K1,2024-03-04T09:00:00Z,phone,billing,Phone,ann,c1,300,0,60,10,answered,no,yes,",
            "K2,2024-03-04T10:00:00Z,phone,billing,Phone,ann,c2,200,0,40,15,answered,no,yes,",
            "K3,2024-03-05T10:00:00Z,phone,billing,Phone,ann,c3,0,0,0,40,abandoned,no,,",
            "K4,2024-03-05T11:00:00Z,phone,billing,Phone,ann,c4,400,20,20,25,answered,no,no,",
        ];
        await File.WriteAllLinesAsync(_csv, [Header, good[0], "K9,2024-03-32T09:00:00Z,phone,billing,Phone,ann,c9,1e3,0,0,5,answered,no,yes,", .. good[1..]]);

        var refused = await SailplanCli.RunAsync("--db", _db, "import", "contacts", _csv, "--problems", _problems);
        await File.WriteAllLinesAsync(_csv, [Header, .. good]);
        var stored = await SailplanCli.RunAsync("--db", _db, "import", "contacts", _csv);
        var again = await SailplanCli.RunAsync("--db", _db, "import", "contacts", _csv);
        var kpi = await SailplanCli.RunAsync("--db", _db, "kpi", "--from", "2024-03", "--json");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{Path.GetFileName(_csv)}:3: talkSeconds", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(_problems).Length - 1);
        Assert.Equal(0, stored.ExitCode);
        Assert.Contains("stored", stored.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(0, kpi.ExitCode);
        var kpis = JsonNode.Parse(kpi.Stdout)!["kpis"]!.AsArray().ToDictionary(k => k!["code"]!.GetValue<string>(), k => k!);
        // Abandonment 1 of 4 offered = 25 %; AHT (360 + 240 + 440) / 3 answered = 346.67 s; n counts each contact once despite two imports.
        Assert.Equal((25.0, 4), (kpis["abandonment"]["estimate"]!.GetValue<double>(), kpis["abandonment"]["n"]!.GetValue<int>()));
        Assert.Equal(1040.0 / 3, kpis["aht"]["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(3, kpis["aht"]["n"]!.GetValue<int>());
    }
}
