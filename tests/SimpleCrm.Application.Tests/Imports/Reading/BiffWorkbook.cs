using System.Text;

// Not "...Tests.Imports": CA1716 reserves the word (a Visual Basic keyword) in public namespaces.
namespace SimpleCrm.Application.Tests.ImportReading;

/// <summary>
/// Builds a real legacy .xls (BIFF8 in an OLE2 compound file, as [MS-XLS] and [MS-CFB] lay them out) with
/// one sheet per call of <see cref="Sheet"/>, holding text and number cells, numbers optionally in the
/// built-in date format 14. Nothing on this machine writes .xls, and a binary fixture could not be
/// reviewed; this can. Excel files in the wild carry many more records the reader skips.
/// </summary>
internal sealed class BiffWorkbook
{
    private const int SectorSize = 512;

    private readonly List<(string Name, List<(int Row, int Column, object Value)> Cells)> _sheets = [];

    public BiffWorkbook Sheet(string name, params (int Row, int Column, object Value)[] cells)
    {
        _sheets.Add((name, [.. cells]));
        return this;
    }

    public MemoryStream Build() => new(Container(Workbook()));

    /// <summary>A date cell: a serial day number shown with the built-in date format.</summary>
    public static object Date(DateTime date) => new DateCell(date.ToOADate());

    private byte[] Workbook()
    {
        var strings = _sheets.SelectMany(s => s.Cells).Select(c => c.Value).OfType<string>().Distinct().ToList();
        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        Record(globals, 0x00E0, Xf(0));
        Record(globals, 0x00E0, Xf(14));
        var sheetOffsets = new List<long>();
        foreach (var (name, _) in _sheets)
        {
            sheetOffsets.Add(globals.Position);
            Record(globals, 0x0085, [0, 0, 0, 0, 0, 0, (byte)name.Length, 1, .. Encoding.Unicode.GetBytes(name)]);
        }

        var sst = new MemoryStream();
        sst.Write(BitConverter.GetBytes(strings.Count));
        sst.Write(BitConverter.GetBytes(strings.Count));
        foreach (var text in strings)
        {
            sst.Write(BitConverter.GetBytes((ushort)text.Length));
            sst.WriteByte(1);
            sst.Write(Encoding.Unicode.GetBytes(text));
        }

        Record(globals, 0x00FC, sst.ToArray());
        Record(globals, 0x000A, []);

        var stream = new MemoryStream();
        stream.Write(globals.ToArray());
        for (var i = 0; i < _sheets.Count; i++)
        {
            // The sheet's BOF position goes into its BOUNDSHEET record (4 bytes after the record header).
            var position = (int)stream.Position;
            var buffer = stream.GetBuffer();
            BitConverter.GetBytes(position).CopyTo(buffer, (int)sheetOffsets[i] + 4);
            var cells = _sheets[i].Cells;
            Record(stream, 0x0809, Bof(0x0010));
            Record(stream, 0x0200, [.. BitConverter.GetBytes(0), .. BitConverter.GetBytes(cells.Max(c => c.Row) + 1), 0, 0, .. BitConverter.GetBytes((ushort)(cells.Max(c => c.Column) + 1)), 0, 0]);
            foreach (var (row, column, value) in cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
            {
                byte[] at = [.. BitConverter.GetBytes((ushort)row), .. BitConverter.GetBytes((ushort)column)];
                switch (value)
                {
                    case string text:
                        Record(stream, 0x00FD, [.. at, 0, 0, .. BitConverter.GetBytes(strings.IndexOf(text))]);
                        break;
                    case DateCell date:
                        Record(stream, 0x0203, [.. at, 1, 0, .. BitConverter.GetBytes(date.Serial)]);
                        break;
                    default:
                        Record(stream, 0x0203, [.. at, 0, 0, .. BitConverter.GetBytes(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture))]);
                        break;
                }
            }

            Record(stream, 0x000A, []);
        }

        // Streams under 4096 bytes would live in the mini stream; padding keeps this one in regular sectors.
        stream.SetLength(Math.Max(stream.Length, 4096));
        return stream.ToArray();
    }

    private static byte[] Bof(ushort type) => [0x00, 0x06, .. BitConverter.GetBytes(type), 0xBB, 0x0D, 0xCC, 0x07, 0, 0, 0, 0, 0x06, 0, 0, 0];

    private static byte[] Xf(ushort format) => [0, 0, .. BitConverter.GetBytes(format), 0x01, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0x20];

    private static void Record(Stream stream, ushort type, byte[] data)
    {
        stream.Write(BitConverter.GetBytes(type));
        stream.Write(BitConverter.GetBytes((ushort)data.Length));
        stream.Write(data);
    }

    /// <summary>Sector 0 the FAT, sector 1 the directory, then the Workbook stream.</summary>
    private static byte[] Container(byte[] workbook)
    {
        var sectors = (workbook.Length + SectorSize - 1) / SectorSize;
        var file = new byte[SectorSize * (3 + sectors)];
        var header = new MemoryStream(file);
        header.Write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        header.Write(new byte[16]);
        header.Write([0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00, 0x06, 0x00, 0, 0, 0, 0, 0, 0]);
        Write(header, 0, 1, 1, 0, 4096, unchecked((int)0xFFFFFFFE), 0, unchecked((int)0xFFFFFFFE), 0, 0);
        for (var i = 1; i < 109; i++)
        {
            Write(header, -1);
        }

        var fat = new MemoryStream(file, SectorSize, SectorSize);
        Write(fat, unchecked((int)0xFFFFFFFD), unchecked((int)0xFFFFFFFE));
        for (var i = 0; i < sectors; i++)
        {
            Write(fat, i == sectors - 1 ? unchecked((int)0xFFFFFFFE) : 3 + i);
        }

        while (fat.Position < SectorSize)
        {
            Write(fat, -1);
        }

        var directory = new MemoryStream(file, SectorSize * 2, SectorSize);
        DirectoryEntry(directory, "Root Entry", 5, child: 1, start: unchecked((int)0xFFFFFFFE), size: 0);
        DirectoryEntry(directory, "Workbook", 2, child: -1, start: 2, size: workbook.Length);
        DirectoryEntry(directory, string.Empty, 0, child: -1, start: 0, size: 0);
        DirectoryEntry(directory, string.Empty, 0, child: -1, start: 0, size: 0);
        workbook.CopyTo(file, SectorSize * 3);
        return file;
    }

    private static void DirectoryEntry(Stream stream, string name, byte type, int child, int start, int size)
    {
        var entry = new byte[128];
        Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
        BitConverter.GetBytes((ushort)(name.Length == 0 ? 0 : (name.Length + 1) * 2)).CopyTo(entry, 64);
        entry[66] = type;
        entry[67] = 1;
        BitConverter.GetBytes(-1).CopyTo(entry, 68);
        BitConverter.GetBytes(-1).CopyTo(entry, 72);
        BitConverter.GetBytes(child).CopyTo(entry, 76);
        BitConverter.GetBytes(start).CopyTo(entry, 116);
        BitConverter.GetBytes(size).CopyTo(entry, 120);
        stream.Write(entry);
    }

    private static void Write(Stream stream, params int[] values)
    {
        foreach (var value in values)
        {
            stream.Write(BitConverter.GetBytes(value));
        }
    }

    private sealed record DateCell(double Serial);
}
