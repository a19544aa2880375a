using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Web.Shared;

public static class ModelStateExtensions
{
    /// <summary>Puts a service's failures next to the form fields they name, in the user's language.</summary>
    public static void AddFailures(this ModelStateDictionary modelState, IEnumerable<Failure> failures, IStringLocalizer localizer, string prefix = "") =>
        modelState.AddFailures(failures, failure => localizer[failure.MessageKey], prefix);

    /// <summary>Puts failures next to their fields with messages of the caller's making (one that names a limit, say).</summary>
    public static void AddFailures(this ModelStateDictionary modelState, IEnumerable<Failure> failures, Func<Failure, string> message, string prefix = "")
    {
        foreach (var failure in failures)
        {
            var key = failure.Field is null ? string.Empty : prefix.Length == 0 ? failure.Field : $"{prefix}.{failure.Field}";
            modelState.AddModelError(key, message(failure));
        }
    }
}
