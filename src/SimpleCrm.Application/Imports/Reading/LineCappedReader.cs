namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Stands between a text file and the CSV parser so that one enormous record (a 30 MB line, an unclosed
/// quote) cannot grow the parser's buffer without end: past the cap the rest of the record is skipped up
/// to its line break outside quotes and the parser is handed a record end instead. The reader counts
/// each such cut so the table can mark that row. Quotes are followed by toggling, which RFC 4180's
/// doubled quotes leave unchanged.
/// </summary>
internal sealed class LineCappedReader(TextReader inner, int maxRecordLength) : TextReader
{
    private long _recordLength;

    private bool _quoted;

    private bool _skipping;

    /// <summary>How many records were cut so far.</summary>
    public int Cuts { get; private set; }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            var read = inner.Read(buffer);
            if (read == 0)
            {
                return 0;
            }

            if (Process(buffer[..read]) is var kept and > 0)
            {
                return kept;
            }
        }
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return 0;
            }

            if (Process(buffer.Span[..read]) is var kept and > 0)
            {
                return kept;
            }
        }
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Keeps the chunk's characters the parser should see, in place; returns how many. While a cut record
    /// is skipped only its quotes and its final line break get through: their parity matches the file's,
    /// so the parser closes a cut quoted field and ends the record exactly where the file does.
    /// </summary>
    private int Process(Span<char> chunk)
    {
        var kept = 0;
        foreach (var c in chunk)
        {
            if (c == '"')
            {
                _quoted = !_quoted;
            }

            var recordEnds = c == '\n' && !_quoted;
            _recordLength = recordEnds ? 0 : _recordLength + 1;
            if (!_skipping && _recordLength > maxRecordLength)
            {
                Cuts++;
                _skipping = true;
            }

            if (!_skipping || c == '"' || recordEnds)
            {
                chunk[kept++] = c;
            }

            _skipping &= !recordEnds;
        }

        return kept;
    }
}
