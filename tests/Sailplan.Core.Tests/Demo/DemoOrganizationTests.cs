using System.Text;
using Sailplan.Core.Demo;
using Sailplan.Core.Metrics;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Tests.Demo;

public class DemoOrganizationTests
{
    private static readonly string[] MainKpis = ["tnps", "rnps", "csat", "ces", "fcr", "aht", "service-level", "abandonment", "cost-per-contact"];

    private readonly DemoData demo = DemoOrganization.Build();

    [Fact]
    public void The_organisation_is_Northwind_in_Berlin_paying_in_euro()
    {
        Assert.Equal("Northwind Energy", demo.Organization.Name);
        Assert.Equal("Europe/Berlin", demo.Organization.TimeZone);
        Assert.Equal("EUR", demo.Organization.Currency);
    }

    [Fact]
    public void Every_entity_belongs_to_the_demo_organisation()
    {
        var orgId = demo.Organization.Id;
        Assert.All(AllEntities(demo), e => Assert.Equal(orgId, e.OrganizationId));
    }

    [Fact]
    public void Ids_are_unique_across_the_whole_demo()
    {
        var ids = AllEntities(demo).Select(e => e.Id).Append(demo.Organization.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Units_have_the_service_teams_under_customer_service_and_the_other_functions()
    {
        var byName = demo.Units.ToDictionary(u => u.Name);
        var service = byName["Customer Service"];
        Assert.Null(service.ParentId);
        Assert.Equal(
            ["Back Office", "Online (Chat & Email)", "Phone", "Social Media"],
            demo.Units.Where(u => u.ParentId == service.Id).Select(u => u.Name).Order());
        foreach (var function in new[] { "Sales", "Marketing", "Product", "Operations", "Finance" })
        {
            Assert.Null(byName[function].ParentId);
        }

        AssertParentsComeFirst(demo.Units, u => u.Id, u => u.ParentId);
    }

    [Fact]
    public void People_form_a_hierarchy_of_known_units_with_managers_listed_first()
    {
        Assert.InRange(demo.People.Count, 18, 22);
        var unitIds = demo.Units.Select(u => u.Id).ToHashSet();
        Assert.All(demo.People, p => Assert.Contains(p.UnitId!.Value, unitIds));
        Assert.All(demo.People, p => Assert.EndsWith("@northwind.example", p.Email, StringComparison.Ordinal));
        Assert.Equal(demo.People.Count, demo.People.Select(p => p.Email).Distinct().Count());
        AssertParentsComeFirst(demo.People, p => p.Id, p => p.ManagerId);

        var head = Assert.Single(demo.People, p => p.Title == "Head of Customer Service");
        var sponsor = Assert.Single(demo.People, p => p.Title!.Contains("executive sponsor", StringComparison.Ordinal));
        Assert.Equal(sponsor.Id, head.ManagerId);
        Assert.Contains(demo.People, p => p.Title!.Contains("Workforce", StringComparison.Ordinal));
        Assert.Contains(demo.People, p => p.Title!.Contains("Quality", StringComparison.Ordinal));
        Assert.Contains(demo.People, p => p.Title!.Contains("Finance Business Partner", StringComparison.Ordinal));
        Assert.True(demo.People.Count(p => p.Title!.Contains("Agent", StringComparison.Ordinal)) >= 4);
    }

    [Fact]
    public void Charter_states_a_brand_promise_with_principles_and_milestones_in_2026_and_2027()
    {
        var charter = demo.Charter;
        Assert.Equal(AmbitionLevel.BrandPromise, charter.Ambition);
        Assert.NotNull(charter.Vision);
        Assert.InRange(charter.Principles.Count, 4, 5);
        Assert.InRange(charter.Milestones.Count, 3, 4);
        Assert.All(charter.Milestones, m => Assert.InRange(m.Date.Year, 2026, 2027));
    }

    [Fact]
    public void The_charter_has_a_history_founding_refresh_and_an_approved_amendment_with_one_more_waiting()
    {
        Assert.Equal([RevisionKind.Founding, RevisionKind.Refresh, RevisionKind.Amendment], demo.CharterRevisions.Select(c => c.Kind));
        Assert.Equal([1, 2, 3], demo.CharterRevisions.Select(c => c.Revision));
        Assert.All(demo.CharterRevisions.Skip(1), c => Assert.True(c.Reason.Length >= 20));
        var superseded = Assert.Single(CharterDiff.Between(demo.CharterRevisions[1], demo.Charter));
        Assert.Equal(ClauseChangeKind.Superseded, superseded.Kind);
        Assert.Equal([AmendmentStatus.Approved, AmendmentStatus.Proposed], demo.CharterAmendments.Select(a => a.Status));
        Assert.Equal(demo.Charter.Revision, demo.CharterAmendments[1].BaseRevision);
        Assert.Contains(demo.People, p => p.Name == demo.Charter.ApprovedBy[0].ApproverName);
    }

    [Fact]
    public void Dimensions_and_kpis_are_the_defaults_and_the_standard_catalogue()
    {
        Assert.Equal(Dimension.Defaults.Select(d => d.Name), demo.Dimensions.Select(d => d.Name));
        Assert.Equal(KpiCatalogue.Standard.Select(e => e.Code).Order(), demo.Kpis.Select(k => k.Code).Order());
        Assert.All(demo.Kpis, k => Assert.NotNull(k.DimensionId));
    }

    [Fact]
    public void Every_main_kpi_has_a_2026_target_organisation_wide_or_for_phone_where_only_phone_is_measured_so()
    {
        var phone = demo.Units.Single(u => u.Name == "Phone").Id;
        var codes = demo.Kpis.ToDictionary(k => k.Id, k => k.Code);
        var yearly = demo.Targets
            .Where(t => t.UnitId is null && t.PeriodKind == PeriodKind.Year && t.PeriodStart == new DateOnly(2026, 1, 1))
            .Select(t => codes[t.KpiId])
            .ToList();
        // Service level is a phone measure (emails are answered in hours), so its target is the Phone team's.
        Assert.Equal(MainKpis.Where(k => k != "service-level").Order(), yearly.Order());
        Assert.Contains(demo.Targets, t => codes[t.KpiId] == "service-level" && t.UnitId == phone && t.PeriodKind == PeriodKind.Year);
        Assert.DoesNotContain(demo.Targets, t => codes[t.KpiId] == "service-level" && t.UnitId != phone);
    }

    [Fact]
    public void Quarterly_targets_cover_all_four_quarters_of_2026()
    {
        var quarterly = demo.Targets.Where(t => t.PeriodKind == PeriodKind.Quarter).GroupBy(t => t.KpiId).ToList();
        Assert.InRange(quarterly.Count, 2, 4);
        Assert.All(quarterly, g => Assert.Equal(
            [new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1), new DateOnly(2026, 7, 1), new DateOnly(2026, 10, 1)],
            g.Select(t => t.PeriodStart).Order()));
    }

    [Fact]
    public void Per_unit_targets_compare_phone_with_online()
    {
        var phone = demo.Units.Single(u => u.Name == "Phone").Id;
        var online = demo.Units.Single(u => u.Name == "Online (Chat & Email)").Id;
        var serviceLevel = demo.Kpis.Single(k => k.Code == "service-level").Id;
        var perUnit = demo.Targets.Where(t => t.UnitId is not null && t.KpiId != serviceLevel).ToList();
        Assert.NotEmpty(perUnit);
        Assert.All(perUnit.GroupBy(t => t.KpiId), g => Assert.Equal(
            new[] { phone, online }.Order(), g.Select(t => t.UnitId!.Value).Order()));
    }

    [Fact]
    public void Every_target_is_green_at_its_target_and_red_just_beyond_its_threshold()
    {
        var kpis = demo.Kpis.ToDictionary(k => k.Id);
        Assert.All(demo.Targets, t =>
        {
            var direction = kpis[t.KpiId].Direction;
            var worse = direction == Direction.HigherIsBetter ? -0.01m : 0.01m;
            Assert.Equal(TargetStatus.Green, t.Evaluate(t.Target, direction));
            Assert.Equal(TargetStatus.Red, t.Evaluate(t.RedThreshold + worse, direction));
            Assert.NotEqual(t.Target, t.RedThreshold);
        });
    }

    [Fact]
    public void Drivers_cover_both_polarities_and_read_a_survey_question_or_a_kpi()
    {
        Assert.InRange(demo.Drivers.Count, 6, 10);
        Assert.Contains(demo.Drivers, d => d.Polarity == DriverPolarity.Satisfaction);
        Assert.Contains(demo.Drivers, d => d.Polarity == DriverPolarity.Dissatisfaction);
        Assert.All(demo.Drivers, d => Assert.True(d.SurveyQuestion is not null || d.KpiId is not null, d.Name));
        Assert.All(demo.Drivers.Where(d => d.SurveyQuestion is not null), d => Assert.StartsWith("q_", d.SurveyQuestion, StringComparison.Ordinal));

        var waiting = Assert.Single(demo.Drivers, d => d.Name == "Waiting time");
        Assert.Equal("asa", demo.Kpis.Single(k => k.Id == waiting.KpiId).Code);
    }

    [Fact]
    public void Every_referenced_id_exists_in_the_demo()
    {
        var units = demo.Units.Select(u => u.Id).ToHashSet();
        var people = demo.People.Select(p => p.Id).ToHashSet();
        var dimensions = demo.Dimensions.Select(d => d.Id).ToHashSet();
        var kpis = demo.Kpis.Select(k => k.Id).ToHashSet();
        var drivers = demo.Drivers.Select(d => d.Id).ToHashSet();
        var nodes = demo.Nodes.Select(n => n.Id).ToHashSet();

        Assert.All(demo.Units, u => AssertKnown(units, u.ParentId));
        Assert.All(demo.People, p => AssertKnown(units, p.UnitId));
        Assert.All(demo.People, p => AssertKnown(people, p.ManagerId));
        Assert.All(demo.Kpis, k => AssertKnown(dimensions, k.DimensionId));
        Assert.All(demo.Targets, t => AssertKnown(kpis, t.KpiId));
        Assert.All(demo.Targets, t => AssertKnown(units, t.UnitId));
        Assert.All(demo.Drivers, d => AssertKnown(dimensions, d.DimensionId));
        Assert.All(demo.Drivers, d => AssertKnown(kpis, d.KpiId));
        Assert.All(demo.Nodes, n =>
        {
            AssertKnown(nodes, n.ParentId);
            AssertKnown(people, n.OwnerId);
            AssertKnown(dimensions, n.DimensionId);
            Assert.All(n.UnitIds, id => AssertKnown(units, id));
            Assert.All(n.DriverIds, id => AssertKnown(drivers, id));
            Assert.All(n.KpiIds, id => AssertKnown(kpis, id));
            AssertKnown(kpis, n.Hypothesis?.KpiId);
            Assert.All(n.Scope?.UnitIds ?? [], id => AssertKnown(units, id));
        });
    }

    [Fact]
    public void Every_node_comes_after_its_parent_and_sits_at_its_place_among_its_siblings()
    {
        AssertParentsComeFirst(demo.Nodes, n => n.Id, n => n.ParentId);
        Assert.All(demo.Nodes.GroupBy(n => n.ParentId), siblings =>
            Assert.Equal(Enumerable.Range(0, siblings.Count()), siblings.Select(n => n.Position)));
    }

    [Fact]
    public void The_tree_runs_from_one_mission_through_goals_and_objectives_to_strategies_and_actions()
    {
        var mission = Assert.Single(demo.Nodes, n => n.Kind == NodeKind.Mission);
        Assert.Null(mission.ParentId);

        var aims = demo.Nodes.Where(n => n.Kind is NodeKind.Goal or NodeKind.Objective).ToList();
        Assert.InRange(aims.Count, 3, 4);
        Assert.Contains(aims, n => n.Kind == NodeKind.Goal);
        Assert.Contains(aims, n => n.Kind == NodeKind.Objective);
        Assert.All(aims, n => Assert.Equal(mission.Id, n.ParentId));
        Assert.Equal(aims.Count, aims.Select(n => n.DimensionId).Distinct().Count());
        Assert.All(aims, aim => Assert.Equal(2, demo.Nodes.Count(n => n.ParentId == aim.Id && n.Kind == NodeKind.Strategy)));

        var strategies = demo.Nodes.Where(n => n.Kind == NodeKind.Strategy).ToList();
        Assert.All(strategies, s => Assert.Contains(demo.Nodes, n => n.ParentId == s.Id && n.Kind == NodeKind.Action));
        Assert.InRange(demo.Nodes.Count(n => n.Kind == NodeKind.Action), 13, 17);
    }

    [Fact]
    public void Every_node_has_an_owner_units_and_dates_and_the_statuses_are_mixed()
    {
        Assert.All(demo.Nodes, n =>
        {
            Assert.NotNull(n.OwnerId);
            Assert.NotEmpty(n.UnitIds);
            Assert.NotNull(n.StartDate);
            Assert.NotNull(n.DueDate);
        });
        var statuses = demo.Nodes.Select(n => n.Status).ToHashSet();
        Assert.Superset(new HashSet<NodeStatus> { NodeStatus.Active, NodeStatus.Draft, NodeStatus.Done, NodeStatus.OnHold }, statuses);
    }

    [Fact]
    public void Every_node_runs_within_its_parents_dates()
    {
        var byId = demo.Nodes.ToDictionary(n => n.Id);
        Assert.All(demo.Nodes.Where(n => n.ParentId is not null), n =>
        {
            var parent = byId[n.ParentId!.Value];
            Assert.True(n.StartDate >= parent.StartDate && n.DueDate <= parent.DueDate, $"'{n.Title}' runs outside '{parent.Title}'");
        });
    }

    [Fact]
    public void Every_action_aims_at_drivers_and_kpis_with_a_hypothesis_that_improves_one_of_them()
    {
        var kpis = demo.Kpis.ToDictionary(k => k.Id);
        Assert.All(demo.Nodes.Where(n => n.IsMeasure), a =>
        {
            Assert.NotEmpty(a.DriverIds);
            Assert.NotEmpty(a.KpiIds);
            var hypothesis = Assert.IsType<Hypothesis>(a.Hypothesis);
            var kpiId = Assert.IsType<Guid>(hypothesis.KpiId);
            Assert.Contains(kpiId, a.KpiIds);
            var delta = Assert.IsType<decimal>(hypothesis.ExpectedDelta);
            Assert.True(kpis[kpiId].Direction == Direction.HigherIsBetter ? delta > 0 : delta < 0, $"'{a.Title}' expects {delta} in {kpis[kpiId].Code}");
            Assert.True(hypothesis.By > a.StartDate, a.Title);

            var scope = Assert.IsType<MeasureScope>(a.Scope);
            Assert.NotEmpty(scope.UnitIds);
            Assert.NotEmpty(scope.Channels);
        });
    }

    [Fact]
    public void Building_twice_gives_the_same_content_with_new_ids()
    {
        var again = DemoOrganization.Build();
        Assert.NotEqual(demo.Organization.Id, again.Organization.Id);
        Assert.Equal(Describe(demo), Describe(again));
    }

    private static void AssertKnown(HashSet<Guid> known, Guid? id)
    {
        if (id is { } value)
        {
            Assert.Contains(value, known);
        }
    }

    private static void AssertParentsComeFirst<T>(IReadOnlyList<T> items, Func<T, Guid> id, Func<T, Guid?> parentId)
    {
        var seen = new HashSet<Guid>();
        foreach (var item in items)
        {
            if (parentId(item) is { } parent)
            {
                Assert.Contains(parent, seen);
            }

            seen.Add(id(item));
        }
    }

    private static IEnumerable<Entity> AllEntities(DemoData d) =>
        d.Units.Cast<Entity>().Concat(d.People).Concat(d.CharterRevisions).Concat(d.CharterAmendments).Concat(d.Dimensions).Concat(d.Kpis)
            .Concat(d.Targets).Concat(d.Drivers).Concat(d.Nodes);

    /// <summary>Everything in the demo, with each id replaced by the name of what it points at.</summary>
    private static string Describe(DemoData d)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var u in d.Units) { names[u.Id] = "unit:" + u.Name; }
        foreach (var p in d.People) { names[p.Id] = "person:" + p.Email; }
        foreach (var x in d.Dimensions) { names[x.Id] = "dimension:" + x.Name; }
        foreach (var k in d.Kpis) { names[k.Id] = "kpi:" + k.Code; }
        foreach (var x in d.Drivers) { names[x.Id] = "driver:" + x.Name; }
        foreach (var n in d.Nodes) { names[n.Id] = "node:" + n.Title; }
        string N(Guid? id) => id is { } value ? names[value] : "-";
        string Ns(IEnumerable<Guid> ids) => string.Join(",", ids.Select(id => N(id)));

        var text = new StringBuilder();
        var o = d.Organization;
        text.AppendLine($"{o.Name}|{o.TimeZone}|{o.Currency}");
        foreach (var c in d.CharterRevisions)
        {
            text.AppendLine($"{c.Revision}|{c.Kind}|{c.Reason}|{c.AuthorName}|{c.CreatedAt:O}|{string.Join(",", c.ApprovedBy.Select(a => a.ApproverName))}");
            text.AppendLine($"  {c.Purpose}|{c.Vision}|{c.Ambition}|{c.Mission}|{string.Join("/", c.Principles.Select(p => p.Text))}");
            text.AppendLine($"  {string.Join("/", c.Milestones.Select(m => $"{CharterDiff.Wording(m)} {m.Status}"))}");
        }

        foreach (var a in d.CharterAmendments)
        {
            text.AppendLine($"{a.BaseRevision}|{a.Status}|{a.Rationale}|{a.ProposedByName}|{a.ResultingRevision}|{a.Approvals.Count}");
        }
        foreach (var u in d.Units) { text.AppendLine($"{u.Name}|{u.Kind}|{N(u.ParentId)}"); }
        foreach (var p in d.People) { text.AppendLine($"{p.Name}|{p.Email}|{p.Title}|{N(p.UnitId)}|{N(p.ManagerId)}"); }
        foreach (var x in d.Dimensions) { text.AppendLine($"{x.Name}|{x.Position}"); }
        foreach (var k in d.Kpis) { text.AppendLine($"{k.Code}|{k.Name}|{N(k.DimensionId)}"); }
        foreach (var t in d.Targets) { text.AppendLine($"{N(t.KpiId)}|{N(t.UnitId)}|{t.PeriodKind}|{t.PeriodStart}|{t.Target}|{t.RedThreshold}"); }
        foreach (var x in d.Drivers) { text.AppendLine($"{x.Name}|{x.Polarity}|{N(x.DimensionId)}|{x.SurveyQuestion}|{N(x.KpiId)}"); }
        foreach (var n in d.Nodes)
        {
            text.AppendLine($"{n.Kind}|{n.Title}|{n.Description}|{N(n.ParentId)}|{n.Position}|{N(n.OwnerId)}|{Ns(n.UnitIds)}|{n.Status}|{n.StartDate}|{n.DueDate}|{N(n.DimensionId)}");
            text.AppendLine($"  {Ns(n.DriverIds)}|{Ns(n.KpiIds)}|{n.Hypothesis?.ExpectedChange}|{N(n.Hypothesis?.KpiId)}|{n.Hypothesis?.ExpectedDelta}|{n.Hypothesis?.By}");
            if (n.Scope is { } s)
            {
                text.AppendLine($"  {Ns(s.UnitIds)}|{string.Join(",", s.Channels)}|{string.Join(",", s.Queues)}");
            }
        }

        return text.ToString();
    }
}
