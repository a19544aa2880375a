using System.Globalization;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Web.Startup;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>Words a reminder's email from the resource files, in the language the reminder was set in (English when unknown).</summary>
public sealed class LocalizedReminderMailWriter(IStringLocalizer<SharedResource> localizer) : IReminderMailWriter
{
    public (string Subject, string Body) Write(ReminderMail mail)
    {
        var culture = new CultureInfo(SupportedCultures.IsSupported(mail.Culture) ? mail.Culture! : SupportedCultures.Default);
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            var target = $"{localizer[$"Reminders.Of{mail.TargetType}"]}: {mail.TargetName ?? "—"}";
            return (localizer["Reminders.MailSubject", mail.Text.ReplaceLineEndings(" ")],
                localizer["Reminders.MailBody", mail.Text, target, mail.DueAt.ToString("g", culture)]);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
