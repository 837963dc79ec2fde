using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Demo;

/// <summary>
/// Northwind Energy: a fictional German energy and broadband supplier with about 400,000 household
/// customers, planning its customer service for 2026-2027. It gives a first run something real to
/// look at and gives tests a whole organisation. Ids are new on every call; everything else
/// (names, texts, numbers, dates, links) is the same every time.
/// </summary>
public static partial class DemoOrganization
{
    public const string Name = "Northwind Energy";
    public const string EmailDomain = "northwind.example";

    /// <summary>The year the demo's targets are set for.</summary>
    public const int PlanYear = 2026;

    public static DemoData Build()
    {
        var organization = Organization.Create(Name, "Europe/Berlin", "EUR");
        var orgId = organization.Id;

        var units = new DemoUnits(orgId);
        var people = new DemoPeople(orgId, units);
        var (charters, amendments) = CreateCharterHistory(orgId);

        var dimensions = Dimension.CreateDefaults(orgId).ToList();
        var dimensionIds = dimensions.ToDictionary(d => d.Name, d => d.Id);
        var kpis = KpiCatalogue.CreateStandard(orgId, dimensionIds).ToDictionary(k => k.Code);
        var targets = CreateTargets(kpis, units);
        var drivers = new DemoDrivers(orgId, dimensionIds, kpis);

        var nodes = CreateStrategyTree(new TreeContext(orgId, units, people, drivers, kpis, dimensionIds));

        return new DemoData(organization, units.All, people.All, charters, amendments, dimensions, [.. kpis.Values], targets, drivers.All, nodes);
    }

    /// <summary>
    /// The charter's history: founded by the previous head of service, refreshed by her successor,
    /// then amended with the sponsor's approval; one more amendment waits for the sponsor.
    /// </summary>
    private static (List<Charter> Revisions, List<CharterAmendment> Amendments) CreateCharterHistory(Guid orgId)
    {
        var predecessor = Actor.Named("Birgit Lorenz");
        var head = Actor.Named("Jonas Hartmann");
        var sponsor = Actor.Named("Katrin Vogel");
        static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

        var founding = Charter.Create(orgId, new CharterContent(
            purpose: "Northwind keeps homes supplied with power, gas and broadband. When something gets in the way of that, " +
                "customer service puts it right quickly, and makes sure the company learns why it happened.",
            vision: "Northwind is the energy and broadband supplier customers find easiest to deal with.",
            ambition: AmbitionLevel.BrandPromise,
            mission: "We solve each customer's issue at the first contact, in the channel the customer chose, " +
                "and we remove the causes so that the same issue does not come back.",
            principles:
            [
                Principle.New("Whoever takes the contact owns it until the customer's issue is solved; nobody is passed around."),
                Principle.New("Customers never have to tell us twice or chase us: we know their history and we call back when we said we would."),
                Principle.New("We tell customers before they have to ask: about high bills, moves, price changes and outages."),
                Principle.New("Handle time is kept short so that queues stay short."),
                Principle.New("Every avoidable contact is a defect: its cause goes back to the function that created it, with an owner and a date."),
            ],
            milestones:
            [
                Milestone.New("Single customer view for every agent", new DateOnly(2026, 3, 31),
                    "Contracts, bills, meter readings, payments and open cases on one screen in all teams."),
                Milestone.New("Moves and meter readings end to end in the app", new DateOnly(2026, 12, 31),
                    "Customers complete the two most frequent requests without an agent."),
                Milestone.New("Annual bill redesigned and high-bill alerts live", new DateOnly(2027, 3, 31),
                    "The 2027 annual bill run goes out in the new layout, with alerts sent before the bill."),
                Milestone.New("tNPS of 35 held for two quarters", new DateOnly(2027, 12, 31),
                    "The brand promise is kept when customers who contacted us recommend us steadily."),
            ]), predecessor, At(2025, 9, 15));

        var refreshed = founding.Refresh(
            new CharterContent(founding.Purpose,
                "By the end of 2027 Northwind is the energy and broadband supplier customers find easiest to deal with, " +
                "and they tell friends and family so.",
                founding.Ambition, founding.Mission, founding.Principles, founding.Milestones),
            head, "New head of service: the vision now names the plan's horizon and the word of mouth we aim for.", At(2026, 1, 12));

        var principles = refreshed.Principles.ToList();
        principles[3] = principles[3] with
        {
            Text = "No efficiency target may work against effort or satisfaction: handle time is managed, never capped per call.",
        };
        var amendment = CharterAmendment.Propose(refreshed,
            new CharterContent(refreshed.Purpose, refreshed.Vision, refreshed.Ambition, refreshed.Mission, principles, refreshed.Milestones),
            "Agents cut calls short to stay under the handle-time cap, and repeat contacts about bills rose by a fifth. " +
            "The principle now puts effort and satisfaction first and keeps handle time as something to manage, not a cap.",
            head, At(2026, 2, 9));
        var amended = amendment.Approve(refreshed, sponsor, isExecutiveSponsor: true, secondApproverRequired: false,
            "Agreed: the cap cost us more in repeat contacts than it saved.", At(2026, 2, 20))!;

        var pending = CharterAmendment.Propose(amended,
            new CharterContent(amended.Purpose, amended.Vision, amended.Ambition, amended.Mission,
                [.. amended.Principles, Principle.New("Customers in a vulnerable situation get one named case owner and a direct number.")],
                amended.Milestones),
            "Complaints from customers in debt or bereavement show them passed between teams; a named owner is the fix the team leads agreed on.",
            head, At(2026, 3, 2));

        return ([founding, refreshed, amended], [amendment, pending]);
    }

    /// <summary>
    /// 2026 targets. Thresholds follow the KPI's direction: for a lower-is-better KPI the red
    /// threshold is above the target. Service level (phone only: emails are answered in hours) dips in Q1 when the annual bills go out.
    /// </summary>
    private static List<KpiTarget> CreateTargets(Dictionary<string, KpiDefinition> kpis, DemoUnits units)
    {
        var year = new DateOnly(PlanYear, 1, 1);
        KpiTarget Year(string code, decimal target, decimal red, Unit? unit = null) =>
            KpiTarget.Create(kpis[code], unit?.Id, PeriodKind.Year, year, target, red);
        KpiTarget Quarter(string code, int quarter, decimal target, decimal red, Unit? unit = null) =>
            KpiTarget.Create(kpis[code], unit?.Id, PeriodKind.Quarter, year.AddMonths(3 * (quarter - 1)), target, red);

        return
        [
            Year("tnps", 30, 20),
            Year("rnps", 5, -5),
            Year("csat", 82, 75),
            Year("ces", 5.6m, 5.0m),
            Year("fcr", 75, 68),
            Year("aht", 420, 480),
            Year("service-level", 80, 70, units.Phone),
            Year("abandonment", 5, 8),
            Year("cost-per-contact", 4.80m, 5.50m),

            Quarter("tnps", 1, 25, 15),
            Quarter("tnps", 2, 28, 18),
            Quarter("tnps", 3, 31, 21),
            Quarter("tnps", 4, 34, 24),
            Quarter("service-level", 1, 72, 60, units.Phone),
            Quarter("service-level", 2, 82, 72, units.Phone),
            Quarter("service-level", 3, 84, 74, units.Phone),
            Quarter("service-level", 4, 82, 72, units.Phone),

            Year("csat", 84, 76, units.Phone),
            Year("csat", 80, 72, units.Online),
            Year("aht", 390, 450, units.Phone),
            Year("aht", 540, 620, units.Online),
        ];
    }

    private sealed class DemoUnits
    {
        public DemoUnits(Guid orgId)
        {
            CustomerService = Unit.Create(orgId, "Customer Service", UnitKind.Function);
            Phone = Unit.Create(orgId, "Phone", UnitKind.Team, CustomerService);
            Online = Unit.Create(orgId, "Online (Chat & Email)", UnitKind.Team, CustomerService);
            BackOffice = Unit.Create(orgId, "Back Office", UnitKind.Team, CustomerService);
            Social = Unit.Create(orgId, "Social Media", UnitKind.Team, CustomerService);
            Sales = Unit.Create(orgId, "Sales", UnitKind.Function);
            Marketing = Unit.Create(orgId, "Marketing", UnitKind.Function);
            Product = Unit.Create(orgId, "Product", UnitKind.Function);
            Operations = Unit.Create(orgId, "Operations", UnitKind.Function);
            Finance = Unit.Create(orgId, "Finance", UnitKind.Function);
            All = [CustomerService, Phone, Online, BackOffice, Social, Sales, Marketing, Product, Operations, Finance];
        }

        public Unit CustomerService { get; }
        public Unit Phone { get; }
        public Unit Online { get; }
        public Unit BackOffice { get; }
        public Unit Social { get; }
        public Unit Sales { get; }
        public Unit Marketing { get; }
        public Unit Product { get; }
        public Unit Operations { get; }
        public Unit Finance { get; }
        public IReadOnlyList<Unit> All { get; }
    }

    /// <summary>Managers are created before the people who report to them.</summary>
    private sealed class DemoPeople
    {
        private readonly List<Person> all = [];

        public DemoPeople(Guid orgId, DemoUnits units)
        {
            Person Add(string name, string mailbox, string title, Unit unit, Person? manager = null)
            {
                var person = Person.Create(orgId, name, $"{mailbox}@{EmailDomain}", title, unit.Id, manager?.Id);
                all.Add(person);
                return person;
            }

            Cfo = Add("Katrin Vogel", "katrin.vogel", "Chief Financial Officer, executive sponsor for customer service", units.Finance);
            HeadOfService = Add("Jonas Hartmann", "jonas.hartmann", "Head of Customer Service", units.CustomerService, Cfo);
            Add("Markus Braun", "markus.braun", "Finance Business Partner, Customer Service", units.Finance, Cfo);
            Add("Julia Richter", "julia.richter", "Head of Sales", units.Sales);
            HeadOfMarketing = Add("Sophie Klein", "sophie.klein", "Head of Marketing and Brand", units.Marketing);
            HeadOfProduct = Add("Felix Wolf", "felix.wolf", "Head of Product, Tariffs and Digital", units.Product);
            HeadOfBilling = Add("Stefan Schulz", "stefan.schulz", "Head of Billing Operations", units.Operations);

            PhoneLead = Add("Aylin Demir", "aylin.demir", "Team Lead Phone", units.Phone, HeadOfService);
            OnlineLead = Add("Lukas Becker", "lukas.becker", "Team Lead Chat & Email", units.Online, HeadOfService);
            BackOfficeLead = Add("Sabine Krüger", "sabine.krueger", "Team Lead Back Office", units.BackOffice, HeadOfService);
            SocialLead = Add("Mia Schneider", "mia.schneider", "Team Lead Social Media Care", units.Social, HeadOfService);
            WorkforcePlanner = Add("Tobias Wagner", "tobias.wagner", "Workforce Planning Manager", units.CustomerService, HeadOfService);
            QualityCoach = Add("Elena Rossi", "elena.rossi", "Quality and Training Coach", units.CustomerService, HeadOfService);
            InsightAnalyst = Add("Daniel Fischer", "daniel.fischer", "Customer Insight Analyst", units.CustomerService, HeadOfService);
            KnowledgeManager = Add("Hannah Weber", "hannah.weber", "Knowledge and Digital Service Manager", units.CustomerService, HeadOfService);

            Add("Emre Yilmaz", "emre.yilmaz", "Senior Customer Service Agent", units.Phone, PhoneLead);
            Add("Leonie Hoffmann", "leonie.hoffmann", "Customer Service Agent", units.Phone, PhoneLead);
            Add("Max Neumann", "max.neumann", "Customer Service Agent", units.Phone, PhoneLead);
            Add("Nina Lange", "nina.lange", "Chat and Email Agent", units.Online, OnlineLead);
            Add("Paul Zimmermann", "paul.zimmermann", "Back Office Specialist, Billing", units.BackOffice, BackOfficeLead);
            Add("Lea Koch", "lea.koch", "Social Media Agent", units.Social, SocialLead);
        }

        public Person Cfo { get; }
        public Person HeadOfService { get; }
        public Person HeadOfMarketing { get; }
        public Person HeadOfProduct { get; }
        public Person HeadOfBilling { get; }
        public Person PhoneLead { get; }
        public Person OnlineLead { get; }
        public Person BackOfficeLead { get; }
        public Person SocialLead { get; }
        public Person WorkforcePlanner { get; }
        public Person QualityCoach { get; }
        public Person InsightAnalyst { get; }
        public Person KnowledgeManager { get; }
        public IReadOnlyList<Person> All => all;
    }

    private sealed class DemoDrivers
    {
        public DemoDrivers(Guid orgId, Dictionary<string, Guid> dimensionIds, Dictionary<string, KpiDefinition> kpis)
        {
            var satisfaction = dimensionIds["Customer satisfaction"];
            var effort = dimensionIds["Customer effort"];

            AgentKnowledge = Driver.Create(orgId, "Agent knowledge", DriverPolarity.Satisfaction, satisfaction,
                "The agent knew the answer and explained it so the customer understood.", surveyQuestion: "q_agent_knowledge");
            Friendliness = Driver.Create(orgId, "Friendliness and empathy", DriverPolarity.Satisfaction, satisfaction,
                "The customer felt listened to and taken seriously.", surveyQuestion: "q_agent_friendliness");
            Resolution = Driver.Create(orgId, "Resolution on first contact", DriverPolarity.Satisfaction, effort,
                "The issue was solved in the first contact, with nothing left for the customer to do.", surveyQuestion: "q_resolved_first_contact");
            Proactive = Driver.Create(orgId, "Proactive information", DriverPolarity.Satisfaction, satisfaction,
                "We told the customer about a high bill, a price change or an outage before they had to ask.", surveyQuestion: "q_proactive_information");
            WaitingTime = Driver.Create(orgId, "Waiting time", DriverPolarity.Dissatisfaction, effort,
                "Time spent in the queue before reaching an agent.", kpiId: kpis["asa"].Id);
            Transfers = Driver.Create(orgId, "Being passed around", DriverPolarity.Dissatisfaction, effort,
                "Transfers between teams and having to explain the issue again.", surveyQuestion: "q_transfers");
            BillClarity = Driver.Create(orgId, "Clarity of the bill", DriverPolarity.Dissatisfaction, effort,
                "The bill can be understood without calling: consumption, prices, credits and instalments.", surveyQuestion: "q_bill_clarity");
            SelfService = Driver.Create(orgId, "Ease of self-service", DriverPolarity.Dissatisfaction, effort,
                "App and web let the customer finish the task alone; a broken journey annoys, a working one is expected.",
                surveyQuestion: "q_self_service_ease");
            All = [AgentKnowledge, Friendliness, Resolution, Proactive, WaitingTime, Transfers, BillClarity, SelfService];
        }

        public Driver AgentKnowledge { get; }
        public Driver Friendliness { get; }
        public Driver Resolution { get; }
        public Driver Proactive { get; }
        public Driver WaitingTime { get; }
        public Driver Transfers { get; }
        public Driver BillClarity { get; }
        public Driver SelfService { get; }
        public IReadOnlyList<Driver> All { get; }
    }
}
