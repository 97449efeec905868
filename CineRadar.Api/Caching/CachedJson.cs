using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CineRadar.Api.Caching;

/// <summary>
/// A cached JSON answer of type <typeparamref name="T"/>: sends the stored bytes with their ETag and Cache-Control, 304
/// when the client already has them, or the cached 404 as ProblemDetails. Declares both for the OpenAPI document.
/// </summary>
internal sealed class CachedJson<T>(CachedResponse response, string cacheControl = CacheControl.Public)
    : IResult, IEndpointMetadataProvider
{
    public CachedResponse Response { get; } = response;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext.Response;
        if (Response.Body is not { } body)
        {
            http.StatusCode = StatusCodes.Status404NotFound;
            return httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status404NotFound, Detail = Response.MissingDetail },
            }).AsTask();
        }

        http.Headers.ETag = Response.ETag;
        http.Headers.CacheControl = cacheControl;
        if (Matches(httpContext.Request.Headers.IfNoneMatch, Response.ETag))
        {
            http.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        http.StatusCode = StatusCodes.Status200OK;
        http.ContentType = "application/json; charset=utf-8";
        http.ContentLength = body.Length;
        return http.Body.WriteAsync(body, 0, body.Length, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Count > 0
        && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.AsSpan().SequenceEqual(etag));
}

internal static class CacheControl
{
    /// <summary>Public reads: any cache may keep them for 30 seconds.</summary>
    public const string Public = "public, max-age=30";

    /// <summary>Admin reads: always asked again.</summary>
    public const string Private = "private, no-cache";

    /// <summary>Secrets (the Admin site's key ring): never kept by any cache.</summary>
    public const string NoStore = "no-store";
}
