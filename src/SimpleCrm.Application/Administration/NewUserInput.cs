namespace SimpleCrm.Application.Administration;

/// <summary>The form of Admin > Users > New.</summary>
public sealed class NewUserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public string? Password { get; set; }
}
