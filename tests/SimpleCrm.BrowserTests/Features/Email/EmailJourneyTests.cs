using Microsoft.Playwright;
using SimpleCrm.Application.Tests.Email;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Email;

/// <summary>Email in a real browser against a real SMTP server: the admin sets it up and tests it, a user writes from a lead's card and sees it sent.</summary>
public sealed class EmailJourneyTests(BrowserFixture browser, HangfireBrowserWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<HangfireBrowserWebFactory>
{
    private const string Subject = "Zażółć gęślą jaźń — Šiauliai";

    [Fact]
    public async Task An_admin_sets_up_smtp_and_a_user_sends_an_email_from_a_leads_card_and_sees_it_sent()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await page.GotoAsync("/Admin/Email");
        await page.GetByLabel("SMTP server").FillAsync("127.0.0.1");
        await page.GetByLabel("Port").FillAsync(smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Security").SelectOptionAsync("None");
        await page.GetByLabel("Sender name").FillAsync("Statyba Vilnius CRM");
        await page.GetByLabel("Sender address").FillAsync("crm@statyba-vilnius.example.lt");
        await page.GetByTestId("save-smtp").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The email settings were saved.");
        await page.GetByLabel("Send a test email to").FillAsync("admin@statyba-vilnius.example.lt");
        await page.GetByTestId("send-test").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The test email was sent to admin@statyba-vilnius.example.lt.");
        await Screenshots.SaveAsync(page, "email-settings");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GotoAsync("/Leads/New");
        await page.GetByLabel("Name").First.FillAsync("Kranų nuoma Šiauliuose");
        await page.GetByLabel("Email").First.FillAsync("agne.kazlauskiene@statyba-vilnius.example.lt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByTestId("lead-email").ClickAsync();
        await Expect(page.GetByLabel("To")).ToHaveValueAsync("agne.kazlauskiene@statyba-vilnius.example.lt");
        await page.GetByLabel("Subject").FillAsync(Subject);
        await page.GetByLabel("Text").FillAsync("Laba diena,\nsiunčiame pasiūlymą.");
        await Screenshots.SaveAsync(page, "email-compose");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByTestId("send-email").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The email is queued");

        var email = page.GetByTestId("email");
        for (var i = 0; i < 40 && await email.GetAttributeAsync("data-status") != "Sent"; i++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Expect(email).ToHaveAttributeAsync("data-status", "Sent");
        await Expect(page.GetByTestId("email-status")).ToHaveTextAsync("Sent");
        await Expect(email).ToContainTextAsync(Subject);
        await Screenshots.SaveAsync(page, "lead-card-emails");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        Assert.Contains(await smtp.MessagesAsync(2), m => m.Contains("To: agne.kazlauskiene@statyba-vilnius.example.lt", StringComparison.Ordinal));
    }
}
