using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Demo;

public static partial class DemoOrganization
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>
    /// Mission -> two goals and two objectives -> two strategies each -> fifteen measures. Every
    /// measure names the drivers and KPIs it aims at, a hypothesis to judge it by and its scope.
    /// A negative expected delta is an improvement for a lower-is-better KPI (handle time, cost).
    /// </summary>
    private static List<StrategyNode> CreateStrategyTree(TreeContext c)
    {
        var (u, p, d) = (c.Units, c.People, c.Drivers);
        var tree = new TreeBuilder(c.OrganizationId);
        var serviceTeams = new[] { u.Phone, u.Online, u.BackOffice, u.Social };

        var mission = tree.Add(NodeKind.Mission, null, new NodeDetails(
            "Solve it once, in the customer's channel, and remove the cause",
            "Every issue solved at the first contact in the channel the customer chose; every avoidable contact traced back to its cause and fixed there.",
            p.HeadOfService.Id, NodeStatus.Active, D(2025, 9, 1), D(2027, 12, 31))
        { UnitIds = [u.CustomerService.Id] });

        // Goal: customer effort.
        var effortless = tree.Add(NodeKind.Goal, mission, new NodeDetails(
            "Make service effortless",
            "Customers get what they need in one contact or none: no transfers, no chasing, no repeating themselves. Read in CES, FCR and the repeat-contact rate.",
            p.HeadOfService.Id, NodeStatus.Active, D(2025, 9, 1), D(2027, 12, 31), c.Dimension("Customer effort"))
        { UnitIds = [u.CustomerService.Id, u.Product.Id] });

        var firstContact = tree.Add(NodeKind.Strategy, effortless, new NodeDetails(
            "Resolve at the first contact",
            "Give the first agent the information and the authority to finish the case.",
            p.PhoneLead.Id, NodeStatus.Active, D(2025, 9, 1), D(2027, 6, 30))
        { UnitIds = [u.Phone.Id, u.Online.Id, u.BackOffice.Id] });

        tree.Add(NodeKind.Action, firstContact, new NodeDetails(
            "Give agents a single customer view",
            "Contracts, bills, meter readings, payments and open cases on one screen, replacing four separate systems.",
            p.KnowledgeManager.Id, NodeStatus.Done, D(2025, 9, 1), D(2026, 3, 31))
        {
            UnitIds = [u.Operations.Id, u.Phone.Id, u.Online.Id],
            DriverIds = [d.AgentKnowledge.Id, d.Transfers.Id],
            KpiIds = c.Kpis("fcr", "aht"),
            Hypothesis = new("Agents answer without a callback or a hand-over to Back Office: FCR up 4 points by the end of Q2 2026.",
                c.Kpi("fcr"), 4m, D(2026, 6, 30)),
            Scope = new([u.Phone.Id, u.Online.Id], ["phone", "chat", "email"], ["billing", "moves", "outages"]),
        });

        tree.Add(NodeKind.Action, firstContact, new NodeDetails(
            "Let first-line agents settle billing disputes up to EUR 100",
            "Agents credit up to EUR 100 without Back Office approval; Finance audits a sample of 50 credits a month.",
            p.PhoneLead.Id, NodeStatus.Active, D(2026, 2, 1), D(2026, 9, 30))
        {
            UnitIds = [u.Phone.Id, u.BackOffice.Id, u.Finance.Id],
            DriverIds = [d.Resolution.Id, d.Transfers.Id],
            KpiIds = c.Kpis("fcr", "repeat-contact"),
            Hypothesis = new("Billing disputes close in the first call instead of becoming a Back Office ticket: repeat-contact rate on the billing queue down 3 points by the end of Q3 2026.",
                c.Kpi("repeat-contact"), -3m, D(2026, 9, 30)),
            Scope = new([u.Phone.Id], ["phone"], ["billing"]),
        });

        var selfService = tree.Add(NodeKind.Strategy, effortless, new NodeDetails(
            "Let customers help themselves",
            "The most frequent requests can be finished in the app or on the web, and customers hear from us before they need to call.",
            p.KnowledgeManager.Id, NodeStatus.Active, D(2026, 1, 1), D(2027, 12, 31))
        { UnitIds = [u.Online.Id, u.Product.Id, u.Operations.Id] });

        tree.Add(NodeKind.Action, selfService, new NodeDetails(
            "Move house and submit meter readings end to end in the app",
            "The two most frequent requests, today half of all moves contacts, without an agent and with instant confirmation.",
            p.HeadOfProduct.Id, NodeStatus.Active, D(2026, 1, 15), D(2026, 12, 31))
        {
            UnitIds = [u.Product.Id, u.Online.Id],
            DriverIds = [d.SelfService.Id],
            KpiIds = c.Kpis("ces", "cost-per-contact"),
            Hypothesis = new("Most moves and meter readings complete without an agent: CES up 0.3 by the end of 2026.",
                c.Kpi("ces"), 0.3m, D(2026, 12, 31)),
            Scope = new([u.Online.Id], ["app", "web"], ["moves", "meter-readings"]),
        });

        tree.Add(NodeKind.Action, selfService, new NodeDetails(
            "Notify customers of outages by SMS and app before they call",
            "Operations triggers the message when a fault is confirmed and again when supply is back.",
            p.HeadOfBilling.Id, NodeStatus.Active, D(2026, 3, 1), D(2026, 10, 31))
        {
            UnitIds = [u.Operations.Id, u.Phone.Id, u.Social.Id],
            DriverIds = [d.Proactive.Id, d.WaitingTime.Id],
            KpiIds = c.Kpis("abandonment", "service-level"),
            Hypothesis = new("Outages no longer flood the lines: abandonment down 2 points in outage weeks by October 2026.",
                c.Kpi("abandonment"), -2m, D(2026, 10, 31)),
            Scope = new([u.Phone.Id, u.Social.Id], ["phone", "sms", "app", "social"], ["outages"]),
        });

        tree.Add(NodeKind.Action, selfService, new NodeDetails(
            "Chatbot for tariff and payment questions",
            "On hold until the knowledge base rewrite is finished: the bot will answer from the same articles as the agents.",
            p.OnlineLead.Id, NodeStatus.OnHold, D(2026, 4, 1), D(2027, 3, 31))
        {
            UnitIds = [u.Online.Id, u.Product.Id],
            DriverIds = [d.SelfService.Id],
            KpiIds = c.Kpis("cost-per-contact", "ces"),
            Hypothesis = new("A third of tariff and payment chats end in the bot with the question answered: cost per contact down EUR 0.30 by the end of Q1 2027.",
                c.Kpi("cost-per-contact"), -0.30m, D(2027, 3, 31)),
            Scope = new([u.Online.Id], ["chat", "web"], ["tariffs", "payments"]),
        });

        // Goal: customer satisfaction.
        var loyalty = tree.Add(NodeKind.Goal, mission, new NodeDetails(
            "Turn service into loyalty",
            "Customers who contacted us recommend us more, not less. Read in tNPS and CSAT after contacts and in rNPS for the relationship.",
            p.HeadOfService.Id, NodeStatus.Active, D(2025, 9, 1), D(2027, 12, 31), c.Dimension("Customer satisfaction"))
        { UnitIds = [u.CustomerService.Id, u.Marketing.Id] });

        var billing = tree.Add(NodeKind.Strategy, loyalty, new NodeDetails(
            "Get billing right and explain it",
            "Billing causes four in ten contacts; a bill customers understand and no surprises remove most of them.",
            p.BackOfficeLead.Id, NodeStatus.Active, D(2026, 1, 1), D(2027, 6, 30))
        { UnitIds = [u.BackOffice.Id, u.Operations.Id, u.Product.Id] });

        tree.Add(NodeKind.Action, billing, new NodeDetails(
            "Redesign the annual bill with a one-page summary",
            "Consumption against last year, the new instalment and any credit on the first page; tested with customers before the 2027 bill run.",
            p.HeadOfBilling.Id, NodeStatus.Active, D(2026, 2, 1), D(2026, 11, 30))
        {
            UnitIds = [u.Operations.Id, u.Product.Id, u.BackOffice.Id],
            DriverIds = [d.BillClarity.Id],
            KpiIds = c.Kpis("repeat-contact", "csat"),
            Hypothesis = new("Customers understand the annual bill without calling: repeat-contact rate on the billing queue down 2 points after the 2027 bill run.",
                c.Kpi("repeat-contact"), -2m, D(2027, 3, 31)),
            Scope = new([u.Phone.Id, u.Online.Id, u.BackOffice.Id], ["phone", "chat", "email"], ["billing"]),
        });

        tree.Add(NodeKind.Action, billing, new NodeDetails(
            "Warn customers before a bill more than 20% above last year",
            "An email and app message with the reason and the new instalment, sent a week before the bill.",
            p.HeadOfMarketing.Id, NodeStatus.Draft, D(2026, 7, 1), D(2027, 3, 31))
        {
            UnitIds = [u.Marketing.Id, u.Product.Id],
            DriverIds = [d.Proactive.Id, d.BillClarity.Id],
            KpiIds = c.Kpis("tnps"),
            Hypothesis = new("Customers hear of a high bill from us first: tNPS on the billing queue up 5 points by the end of Q1 2027.",
                c.Kpi("tnps"), 5m, D(2027, 3, 31)),
            Scope = new([u.Phone.Id, u.Online.Id], ["email", "app"], ["billing"]),
        });

        var conversations = tree.Add(NodeKind.Strategy, loyalty, new NodeDetails(
            "Make every conversation count",
            "Coach from what customers say, recover the unhappy ones, and answer in public as fast as in private.",
            p.QualityCoach.Id, NodeStatus.Active, D(2025, 11, 1), D(2027, 12, 31))
        { UnitIds = [.. serviceTeams.Select(t => t.Id)] });

        tree.Add(NodeKind.Action, conversations, new NodeDetails(
            "Weekly coaching from survey comments",
            "Team leads and the quality coach pick three transactional survey comments per agent each week and coach on ownership and tone.",
            p.QualityCoach.Id, NodeStatus.Active, D(2026, 2, 1), D(2026, 12, 31))
        {
            UnitIds = [u.Phone.Id, u.Online.Id],
            DriverIds = [d.Friendliness.Id, d.AgentKnowledge.Id],
            KpiIds = c.Kpis("tnps", "csat"),
            Hypothesis = new("Agents hear their customers' words, not only scores: tNPS up 4 points by the end of Q3 2026.",
                c.Kpi("tnps"), 4m, D(2026, 9, 30)),
            Scope = new([u.Phone.Id, u.Online.Id], ["phone", "chat", "email"], []),
        });

        tree.Add(NodeKind.Action, conversations, new NodeDetails(
            "Call back every detractor within two working days",
            "Back Office calls each customer who scored 0-6 in a transactional survey, fixes what is still open and records the root cause.",
            p.BackOfficeLead.Id, NodeStatus.Active, D(2026, 3, 1), D(2026, 12, 31))
        {
            UnitIds = [u.BackOffice.Id],
            DriverIds = [d.Resolution.Id, d.Friendliness.Id],
            KpiIds = c.Kpis("rnps", "tnps"),
            Hypothesis = new("Detractors whose issue is then fixed stay and say so: rNPS up 3 points by the end of 2026.",
                c.Kpi("rnps"), 3m, D(2026, 12, 31)),
            Scope = new([u.BackOffice.Id], ["phone"], []),
        });

        tree.Add(NodeKind.Action, conversations, new NodeDetails(
            "Answer public social posts within 30 minutes, 7 days a week",
            "Extended the social team's hours to weekends and evenings; outage posts get a status update in every answer.",
            p.SocialLead.Id, NodeStatus.Done, D(2025, 11, 1), D(2026, 2, 28))
        {
            UnitIds = [u.Social.Id],
            DriverIds = [d.WaitingTime.Id, d.Proactive.Id],
            KpiIds = c.Kpis("csat"),
            Hypothesis = new("Customers who complain in public get a quick, visible answer: CSAT on social contacts up 5 points by mid-2026.",
                c.Kpi("csat"), 5m, D(2026, 6, 30)),
            Scope = new([u.Social.Id], ["social"], ["outages", "billing"]),
        });

        // Objective: efficiency.
        var lowerCost = tree.Add(NodeKind.Objective, mission, new NodeDetails(
            "Serve more customers at lower cost",
            "Keep cost per contact at or below EUR 4.80 in 2026 while the customer base grows, without trading away effort or satisfaction.",
            p.HeadOfService.Id, NodeStatus.Active, D(2025, 9, 1), D(2027, 12, 31), c.Dimension("Efficiency"))
        { UnitIds = [u.CustomerService.Id, u.Finance.Id] });

        var staffing = tree.Add(NodeKind.Strategy, lowerCost, new NodeDetails(
            "Match staffing to demand",
            "The right number of agents with the right skills in each half hour, including the annual-bill peak in the first quarter.",
            p.WorkforcePlanner.Id, NodeStatus.Active, D(2025, 9, 1), D(2026, 12, 31))
        { UnitIds = [u.Phone.Id, u.Online.Id, u.BackOffice.Id] });

        tree.Add(NodeKind.Action, staffing, new NodeDetails(
            "Intraday forecasting and half-hour schedules",
            "Forecasts per queue and half hour, re-planned at noon; breaks and training moved out of the peaks.",
            p.WorkforcePlanner.Id, NodeStatus.Done, D(2025, 9, 1), D(2026, 1, 31))
        {
            UnitIds = [u.Phone.Id, u.Online.Id],
            DriverIds = [d.WaitingTime.Id],
            KpiIds = c.Kpis("service-level", "asa", "abandonment"),
            Hypothesis = new("Fewer gaps between staff and demand: service level up 6 points by the end of Q1 2026.",
                c.Kpi("service-level"), 6m, D(2026, 3, 31)),
            Scope = new([u.Phone.Id, u.Online.Id], ["phone", "chat"], []),
        });

        tree.Add(NodeKind.Action, staffing, new NodeDetails(
            "Annual-bill peak plan: blended phone and email agents in Q1",
            "Back Office and email agents trained for billing calls take phone shifts in the weeks after the annual bill run.",
            p.WorkforcePlanner.Id, NodeStatus.Active, D(2026, 1, 1), D(2026, 4, 30))
        {
            UnitIds = [u.Phone.Id, u.Online.Id, u.BackOffice.Id],
            DriverIds = [d.WaitingTime.Id],
            KpiIds = c.Kpis("abandonment", "service-level"),
            Hypothesis = new("The annual-bill peak no longer overwhelms the phone lines: abandonment down 3 points against Q1 2025.",
                c.Kpi("abandonment"), -3m, D(2026, 3, 31)),
            Scope = new([u.Phone.Id, u.Online.Id, u.BackOffice.Id], ["phone", "email"], ["billing"]),
        });

        var avoidable = tree.Add(NodeKind.Strategy, lowerCost, new NodeDetails(
            "Remove contacts that should not happen",
            "Treat avoidable contacts as defects and fix them where they start, in billing, product and field operations.",
            p.InsightAnalyst.Id, NodeStatus.Active, D(2026, 1, 1), D(2027, 12, 31))
        { UnitIds = [u.CustomerService.Id, u.Operations.Id, u.Product.Id] });

        tree.Add(NodeKind.Action, avoidable, new NodeDetails(
            "Monthly failure-demand review with Operations and Product",
            "The top five avoidable contact reasons each month, each with an owner outside customer service, a fix date and its cost from the finance partner.",
            p.InsightAnalyst.Id, NodeStatus.Active, D(2026, 2, 1), D(2027, 12, 31))
        {
            UnitIds = [u.CustomerService.Id, u.Operations.Id, u.Product.Id, u.Finance.Id],
            DriverIds = [d.Resolution.Id, d.BillClarity.Id],
            KpiIds = c.Kpis("repeat-contact", "cost-per-contact"),
            Hypothesis = new("Avoidable contacts fall by a tenth: cost per contact down EUR 0.40 by the end of 2026.",
                c.Kpi("cost-per-contact"), -0.40m, D(2026, 12, 31)),
            Scope = new([.. serviceTeams.Select(t => t.Id)], ["phone", "chat", "email", "social"], ["billing", "moves", "outages"]),
        });

        // Objective: employee engagement.
        var capable = tree.Add(NodeKind.Objective, mission, new NodeDetails(
            "Engaged, capable agents",
            "Agents know the answer, are allowed to give it, and see how their work moves the customer goals.",
            p.HeadOfService.Id, NodeStatus.Active, D(2026, 1, 1), D(2027, 12, 31), c.Dimension("Employee engagement"))
        { UnitIds = [u.CustomerService.Id] });

        var expertise = tree.Add(NodeKind.Strategy, capable, new NodeDetails(
            "Build knowledge agents can find",
            "One knowledge base written by the people who use it, searchable while the customer is on the line.",
            p.KnowledgeManager.Id, NodeStatus.Active, D(2026, 1, 1), D(2026, 12, 31))
        { UnitIds = [u.CustomerService.Id] });

        tree.Add(NodeKind.Action, expertise, new NodeDetails(
            "Rewrite the knowledge base with agents as authors",
            "Senior agents rewrite the 200 most used articles for billing, moves and tariffs; every article has an owner and a review date.",
            p.KnowledgeManager.Id, NodeStatus.Active, D(2026, 1, 15), D(2026, 9, 30))
        {
            UnitIds = [u.Phone.Id, u.Online.Id, u.BackOffice.Id],
            DriverIds = [d.AgentKnowledge.Id],
            KpiIds = c.Kpis("fcr", "aht"),
            Hypothesis = new("Agents find the answer while the customer waits: FCR up 3 points by the end of Q3 2026.",
                c.Kpi("fcr"), 3m, D(2026, 9, 30)),
            Scope = new([u.Phone.Id, u.Online.Id, u.BackOffice.Id], ["phone", "chat", "email"], ["billing", "moves", "tariffs"]),
        });

        var ownGoals = tree.Add(NodeKind.Strategy, capable, new NodeDetails(
            "Connect every agent's goals to the strategy",
            "Each agent's goal agreement says what they contribute to a goal of this plan and how they work, not only how many contacts they handle.",
            p.PhoneLead.Id, NodeStatus.Active, D(2026, 1, 1), D(2026, 12, 31))
        { UnitIds = [.. serviceTeams.Select(t => t.Id)] });

        tree.Add(NodeKind.Action, ownGoals, new NodeDetails(
            "Signed goal agreements linked to the strategy for every agent",
            "Agreed and signed by agent and team lead by the end of Q1, reviewed each quarter with the team's scorecard.",
            p.PhoneLead.Id, NodeStatus.Active, D(2026, 1, 15), D(2026, 6, 30))
        {
            UnitIds = [.. serviceTeams.Select(t => t.Id)],
            DriverIds = [d.Friendliness.Id, d.Resolution.Id],
            KpiIds = c.Kpis("tnps", "fcr"),
            Hypothesis = new("Agents who see how their work moves the goals take ownership: tNPS up 2 points by the end of 2026.",
                c.Kpi("tnps"), 2m, D(2026, 12, 31)),
            Scope = new([.. serviceTeams.Select(t => t.Id)], ["phone", "chat", "email", "social"], []),
        });

        return tree.Nodes;
    }

    private sealed record TreeContext(
        Guid OrganizationId,
        DemoUnits Units,
        DemoPeople People,
        DemoDrivers Drivers,
        Dictionary<string, KpiDefinition> KpisByCode,
        Dictionary<string, Guid> DimensionIds)
    {
        public Guid Kpi(string code) => KpisByCode[code].Id;

        public List<Guid> Kpis(params string[] codes) => [.. codes.Select(Kpi)];

        public Guid Dimension(string name) => DimensionIds[name];
    }

    /// <summary>Adds nodes in order, numbering each among its siblings.</summary>
    private sealed class TreeBuilder(Guid organizationId)
    {
        public List<StrategyNode> Nodes { get; } = [];

        public StrategyNode Add(NodeKind kind, StrategyNode? parent, NodeDetails details)
        {
            var position = Nodes.Count(n => n.ParentId == parent?.Id);
            var node = StrategyNode.Create(organizationId, kind, parent, details, position);
            Nodes.Add(node);
            return node;
        }
    }
}
