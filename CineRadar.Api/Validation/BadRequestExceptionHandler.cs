using Microsoft.AspNetCore.Diagnostics;

namespace CineRadar.Api.Validation;

/// <summary>
/// A request the server could not read is the caller's mistake, never a 500: a <see cref="BadHttpRequestException"/>
/// becomes ProblemDetails with its status and what could not be read. The framework itself does not throw for a body or
/// a parameter it cannot bind (<see cref="ParameterValidation.AddParameterValidation"/>): it answers the status (400,
/// 413, 415), which the status code pages write as ProblemDetails, or the parameter check names the parameter.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message,
            },
        });
    }
}
