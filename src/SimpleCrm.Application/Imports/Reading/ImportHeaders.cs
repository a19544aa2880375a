using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// The first row as column names: trimmed, an empty one named "Column N" (N from 1) so it can still be
/// mapped, trailing empty ones dropped (Excel's ";;;"), and two columns of the same name refused, since
/// a mapping by name could not tell them apart.
/// </summary>
internal static class ImportHeaders
{
    public static Result<IReadOnlyList<string>> From(IReadOnlyList<string?> raw)
    {
        var width = raw.Count;
        while (width > 0 && string.IsNullOrWhiteSpace(raw[width - 1]))
        {
            width--;
        }

        if (width == 0)
        {
            return Result<IReadOnlyList<string>>.Fail(new Failure(ImportReadMessages.NoDataRows));
        }

        var headers = new string[width];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < width; i++)
        {
            var name = raw[i]?.Trim();
            headers[i] = string.IsNullOrEmpty(name) ? $"Column {i + 1}" : name;
            if (!seen.Add(headers[i]))
            {
                return Result<IReadOnlyList<string>>.Fail(new Failure(ImportReadMessages.DuplicateHeader, headers[i]));
            }
        }

        return Result<IReadOnlyList<string>>.Ok(headers);
    }
}
