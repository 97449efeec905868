using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CineRadar.Api.Validation;

/// <summary>
/// The largest request body the Api reads. Its commands are a few hundred bytes of JSON; the server's default (30 MB)
/// would let any caller make it read megabytes for nothing. A larger body is refused with 413 ProblemDetails.
/// </summary>
internal static class RequestBodyLimit
{
    public const long MaxBytes = 64 * 1024;

    public static IServiceCollection AddRequestBodyLimit(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBytes);
}
