using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace ReportPipeline.Crawling.IntegrationTests.Infrastructure;

public static class Responses
{
    public static Task Static(HttpContext ctx, byte[] body, string contentType)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        ctx.Response.Headers.ETag = etag;
        if (ctx.Request.Headers.IfNoneMatch.Contains(etag))
        {
            ctx.Response.StatusCode = 304;
            return Task.CompletedTask;
        }
        ctx.Response.ContentType = contentType;
        return ctx.Response.Body.WriteAsync(body).AsTask();
    }

    public static RequestDelegate Status(int status) => ctx =>
    {
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    };
}
