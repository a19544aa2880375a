using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace SimpleCrm.Application.Contacts;

/// <summary>Turns phone numbers in any format into E.164 with libphonenumber.</summary>
public sealed class PhoneNormalizer(IOptions<ContactOptions> options)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form, or null when the text is not a possible phone number.</summary>
    public string? ToE164(string number)
    {
        try
        {
            var parsed = Util.Parse(number, options.Value.DefaultPhoneRegion);
            return Util.IsPossibleNumber(parsed) ? Util.Format(parsed, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
