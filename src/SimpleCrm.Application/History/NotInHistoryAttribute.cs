namespace SimpleCrm.Application.History;

/// <summary>
/// A property of an <see cref="IHasFieldHistory"/> entity whose changes are not field changes worth a
/// history line: derived search and sort keys, board order, soft-delete columns, and fields whose
/// change a command already records in its own words (a lead's status, its linked contact).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInHistoryAttribute : Attribute;
