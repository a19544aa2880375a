using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Reminders;

/// <summary>One reminder with the names around it, read in one query by the lists and the delivery job (times in UTC; <see cref="MailTo"/>: an active user's address).</summary>
internal sealed record ReminderRow(
    int Id, string RecordType, int RecordId, string? TargetName, string Text, DateTime DueAt, string UserId, string? UserName,
    string? MailTo, string? Culture, string? CreatedById, DateTime? DeliveredAt, DateTime? ReadAt)
{
    public static IQueryable<ReminderRow> Of(IQueryable<Reminder> reminders, CrmDbContext db) =>
        reminders.Select(r => new ReminderRow(
            r.Id,
            r.RecordType,
            r.RecordId,
            r.RecordType == HistoryRecordTypes.Lead ? db.Leads.Where(l => l.Id == r.RecordId).Select(l => l.Name).FirstOrDefault()
            : r.RecordType == HistoryRecordTypes.Contact ? db.Contacts.Where(c => c.Id == r.RecordId).Select(c => c.DisplayName).FirstOrDefault()
            : r.RecordType == HistoryRecordTypes.Deal ? db.Deals.Where(d => d.Id == r.RecordId).Select(d => d.Label).FirstOrDefault()
            : db.Tasks.Where(t => t.Id == r.RecordId).Select(t => t.Title).FirstOrDefault(),
            r.Text,
            r.DueAt,
            r.UserId,
            db.Users.Where(u => u.Id == r.UserId).Select(u => u.DisplayName).FirstOrDefault(),
            // A user who has left gets no mail; the reminder still counts as delivered.
            db.Users.Where(u => u.Id == r.UserId && u.IsActive).Select(u => u.Email).FirstOrDefault(),
            r.Culture,
            r.CreatedById,
            r.DeliveredAt,
            r.ReadAt));
}
