namespace SimpleCrm.Web.Features.Errors;

public sealed record ErrorViewModel(int StatusCode)
{
    public string TitleKey => StatusCode switch
    {
        404 => "Error.NotFoundTitle",
        401 or 403 => "Error.ForbiddenTitle",
        400 or 405 or 413 or 415 => "Error.BadRequestTitle",
        _ => "Error.ServerTitle",
    };

    public string TextKey => StatusCode switch
    {
        404 => "Error.NotFoundText",
        401 or 403 => "Error.ForbiddenText",
        400 or 405 or 413 or 415 => "Error.BadRequestText",
        _ => "Error.ServerText",
    };
}
