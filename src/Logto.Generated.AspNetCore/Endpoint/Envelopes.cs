using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Logto.Generated.AspNetCore;

/// <summary>Writes an <see cref="Envelope"/> as the response, whoever answers: the endpoint or the authentication events.</summary>
internal static class Envelopes
{
    public static async Task WriteAsync(HttpContext context, int status, Envelope envelope)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, envelope, Envelope.JsonOptions, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The seed's 401: <c>{"code":401,"message":"invalid token","data":{}}</c> with <c>WWW-Authenticate: Bearer</c>.</summary>
    public static Task WriteInvalidTokenAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(context, StatusCodes.Status401Unauthorized, Envelope.InvalidToken());
    }
}
