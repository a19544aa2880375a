using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Tasks;

/// <summary>
/// The one visibility rule for tasks: Admin and Manager see all; anyone else sees the tasks assigned
/// to them, the tasks on records they may see (the lead's, contact's or deal's own rule decides), and the
/// tasks on no record that they created. The assignee always sees their task, so "My tasks" and the
/// overdue count agree even when the record is out of their sight (its link then answers 404).
/// </summary>
public static class TaskVisibility
{
    public static IQueryable<CrmTask> VisibleTo(this IQueryable<CrmTask> tasks, CrmDbContext db, ICurrentUser user)
    {
        if (ContactVisibility.SeesAll(user))
        {
            return tasks;
        }

        var me = user.UserId;
        if (me is null)
        {
            return tasks.Where(_ => false);
        }

        var leads = db.Leads.VisibleTo(user);
        var contacts = db.Contacts.VisibleTo(user);
        var deals = db.Deals.VisibleTo(user);
        return tasks.Where(t => t.AssigneeId == me
            || (t.RecordType == null && t.CreatedById == me)
            || (t.RecordType == HistoryRecordTypes.Lead && leads.Any(l => l.Id == t.RecordId))
            || (t.RecordType == HistoryRecordTypes.Contact && contacts.Any(c => c.Id == t.RecordId))
            || (t.RecordType == HistoryRecordTypes.Deal && deals.Any(d => d.Id == t.RecordId)));
    }
}
