using Microsoft.Playwright;

namespace Sailplan.Web.Tests.Browser;

/// <summary>
/// One app server and one headless Chromium for a test class. The browser is Debian's Chromium
/// (SAILPLAN_CHROMIUM, default /usr/bin/chromium): the browser download Playwright offers does not
/// work on these machines.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "SAILPLAN_CHROMIUM";

    private IPlaywright? _playwright;

    public AppServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = new AppServer();
        await Server.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh page at a laptop's size whose relative URLs go to the app, signed in (as the tester by default).</summary>
    public async Task<IPage> NewPageAsync(string email = AppServer.TesterEmail, string password = AppServer.TesterPassword)
    {
        var page = await NewAnonymousPageAsync();
        await SignInAsync(page, email, password);
        return page;
    }

    public async Task<IPage> NewAnonymousPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/signin", StringComparison.Ordinal));
        // Say what the server answered if the sign-in did not redirect, rather than only timing out.
        Assert.True(response.Status == 302, $"sign-in of {email} answered {response.Status}: {await page.ContentAsync()}");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
