namespace SimpleCrm.Application.History;

/// <summary>
/// An entity whose field changes the save interceptor writes into its history ("FieldChanged",
/// field: old → new). Properties marked <see cref="NotInHistoryAttribute"/>, the audit columns and
/// the version are left out.
/// </summary>
public interface IHasFieldHistory
{
    int Id { get; }

    /// <summary>One of <see cref="HistoryRecordTypes"/>: whose history the lines go into.</summary>
    string HistoryRecordType { get; }
}
