using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>One task row; <see cref="ShowRecord"/> off on the record's own card, where the record goes without saying.</summary>
public sealed record TaskRowModel(TaskListItem Task, string ReturnUrl, bool ShowRecord);
