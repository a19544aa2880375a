namespace SimpleCrm.Web.Features.Errors;

public sealed record ErrorViewModel(int StatusCode)
{
    public string TitleKey => StatusCode switch
    {
        404 => "Error.NotFoundTitle",
        403 => "Error.ForbiddenTitle",
        400 => "Error.BadRequestTitle",
        _ => "Error.ServerTitle",
    };

    public string TextKey => StatusCode switch
    {
        404 => "Error.NotFoundText",
        403 => "Error.ForbiddenText",
        400 => "Error.BadRequestText",
        _ => "Error.ServerText",
    };
}
