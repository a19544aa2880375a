namespace SimpleCrm.Application.Common;

/// <summary>An expected failure: a message key for localization, optionally tied to a form field.</summary>
public sealed record Failure(string MessageKey, string? Field = null);

/// <summary>The outcome of a command: success, or the failures to show next to the fields.</summary>
public sealed class Result
{
    private Result(IReadOnlyList<Failure> failures) => Failures = failures;

    public IReadOnlyList<Failure> Failures { get; }

    public bool Succeeded => Failures.Count == 0;

    public bool IsNotFound => Failures.Any(f => f.MessageKey == Messages.NotFound);

    public static Result Success { get; } = new([]);

    public static Result Fail(params Failure[] failures) => new(failures);

    public static Result NotFound() => new([new Failure(Messages.NotFound)]);
}

/// <summary>A command outcome that carries a value on success.</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyList<Failure> failures)
    {
        Value = value;
        Failures = failures;
    }

    public T? Value { get; }

    public IReadOnlyList<Failure> Failures { get; }

    public bool Succeeded => Failures.Count == 0;

    public bool IsNotFound => Failures.Any(f => f.MessageKey == Messages.NotFound);

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Fail(params Failure[] failures) => new(default, failures);

    public static Result<T> Fail(IReadOnlyList<Failure> failures) => new(default, failures);

    public static Result<T> NotFound() => new(default, [new Failure(Messages.NotFound)]);
}
