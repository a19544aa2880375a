namespace SimpleCrm.Application.Imports.Reading;

/// <summary>A cell read as a typed value: the value, or the message key of why it could not be (null value and null problem: the cell was empty).</summary>
public readonly record struct ImportValue<T>(T? Value, string? Problem)
    where T : struct
{
    public static ImportValue<T> Empty => default;

    public static ImportValue<T> Of(T value) => new(value, null);

    public static ImportValue<T> Invalid(string problem) => new(null, problem);
}
