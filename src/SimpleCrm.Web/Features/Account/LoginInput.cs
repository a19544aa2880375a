namespace SimpleCrm.Web.Features.Account;

/// <summary>The sign-in form.</summary>
public sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
