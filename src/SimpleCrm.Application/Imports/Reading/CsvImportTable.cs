using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// A delimited text file as a table, parsed by CsvHelper (quoted fields with delimiters, quotes and line
/// breaks inside) from a reader that caps a record's length. Rows are numbered by record, the header
/// being 1, as a spreadsheet opening the file would number them.
/// </summary>
internal sealed class CsvImportTable : IImportTable
{
    /// <summary>Longer records are cut: about 10 MB of memory in the parser at most.</summary>
    public const int MaxRecordLength = 5_000_000;

    private readonly LineCappedReader _reader;

    private readonly CsvParser _parser;

    private ImportRow? _first;

    private bool _read;

    private CsvImportTable(LineCappedReader reader, CsvParser parser, IReadOnlyList<string> headers)
    {
        _reader = reader;
        _parser = parser;
        Headers = headers;
    }

    public IReadOnlyList<string> Headers { get; }

    public static async Task<Result<IImportTable>> OpenAsync(Stream content, ImportReadSettings settings, CancellationToken cancellationToken)
    {
        if (!ImportEncodings.IsSupported(settings.CodePage))
        {
            return Result<IImportTable>.Fail(new Failure(ImportReadMessages.UnsupportedEncoding));
        }

        var reader = new LineCappedReader(
            new StreamReader(content, ImportEncodings.Get(settings.CodePage), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true),
            MaxRecordLength);
        var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = settings.Delimiter.ToString(),
            BadDataFound = null,
            IgnoreBlankLines = true,
            Mode = CsvMode.RFC4180,
        });
        var table = new CsvImportTable(reader, parser, []);
        var opened = await table.StartAsync(cancellationToken);
        if (!opened.Succeeded)
        {
            await table.DisposeAsync();
        }

        return opened;
    }

    public async IAsyncEnumerable<ImportRow> ReadRowsAsync(int skipRows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_read)
        {
            throw new InvalidOperationException("A table's rows are read once; open the file again to read them again.");
        }

        _read = true;
        var row = _first;
        var skipped = 0;
        while (row is not null)
        {
            if (skipped++ >= skipRows)
            {
                yield return row;
            }

            row = await NextAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        _parser.Dispose();
        _reader.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<Result<IImportTable>> StartAsync(CancellationToken cancellationToken)
    {
        var header = await NextRecordAsync(cancellationToken);
        if (header is null)
        {
            return Result<IImportTable>.Fail(new Failure(ImportReadMessages.EmptyFile));
        }

        if (_reader.Cuts > 0)
        {
            return Result<IImportTable>.Fail(new Failure(ImportReadMessages.LineTooLong));
        }

        var headers = ImportHeaders.From(header);
        if (!headers.Succeeded)
        {
            return Result<IImportTable>.Fail(headers.Failures);
        }

        var table = new CsvImportTable(_reader, _parser, headers.Value!);
        table._first = await table.NextAsync(cancellationToken);
        return table._first is null
            ? Result<IImportTable>.Fail(new Failure(ImportReadMessages.NoDataRows))
            : Result<IImportTable>.Ok(table);
    }

    /// <summary>The next row that has a value, or null at the end.</summary>
    private async Task<ImportRow?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var cuts = _reader.Cuts;
            var record = await NextRecordAsync(cancellationToken);
            if (record is null)
            {
                return null;
            }

            var number = _parser.Row;
            if (_reader.Cuts > cuts)
            {
                return new ImportRow(number, new ImportCell[Headers.Count], ImportReadMessages.LineTooLong);
            }

            var cells = Array.ConvertAll(record, ImportCell.Of);
            if (!RowShape.IsEmpty(cells))
            {
                return RowShape.Fit(number, cells, Headers.Count, shortIsRagged: true);
            }
        }
    }

    private async Task<string[]?> NextRecordAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await _parser.ReadAsync() ? _parser.Record : null;
    }
}
