namespace SimpleCrm.Application.Exports;

public enum ExportFormat
{
    Csv = 0,
    Xlsx = 1,
}
