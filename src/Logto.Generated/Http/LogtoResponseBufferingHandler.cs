using System.Globalization;
using System.Net.Http.Headers;

namespace Logto.Generated;

/// <summary>
/// Innermost handler: reads every response body into memory before the response leaves the attempt, so that the
/// attempt timeout covers the whole body, a body cut short is an <see cref="HttpRequestException"/> the retry policy
/// sees (with <see cref="HttpRequestError.ResponseEnded"/> and the status), and the generated clients parse from memory
/// and can quote a body they cannot parse. A body larger than
/// <see cref="LogtoClientOptions.MaxResponseContentBufferSize"/> is not read: it fails as a
/// <see cref="LogtoApiException"/>, which is not retried. The request's credentials are redacted from error bodies.
/// </summary>
internal sealed class LogtoResponseBufferingHandler : DelegatingHandler
{
    private readonly long _maxLength;
    private readonly string _optionsName;

    public LogtoResponseBufferingHandler(long maxLength, string optionsName = nameof(LogtoManagementOptions))
    {
        _maxLength = maxLength;
        _optionsName = optionsName;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var original = response.Content;
            response.Content = await BufferAsync(request, response, cancellationToken).ConfigureAwait(false);
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpContent> BufferAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        var declared = original.Headers.ContentLength;
        var buffer = new LogtoBodyBuffer(declared, _maxLength);
        try
        {
            if (declared > _maxLength)
            {
                throw TooLarge(response);
            }

            using var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            if (!await buffer.FillAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                throw TooLarge(response);
            }
        }
        catch (IOException exception)
        {
            throw BrokeOff(request, response, buffer.Length, declared, exception);
        }

        var redacted = response.IsSuccessStatusCode ? null : LogtoCredentialRedaction.Redact(request, buffer.Bytes.AsSpan(0, buffer.Length));
        var buffered = redacted is null ? new ByteArrayContent(buffer.Bytes, 0, buffer.Length) : new ByteArrayContent(redacted);
        foreach (var header in original.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return buffered;
    }

    private LogtoApiException TooLarge(HttpResponseMessage response) => new(
        string.Create(CultureInfo.InvariantCulture, $"The response body is larger than {_optionsName}.{nameof(LogtoClientOptions.MaxResponseContentBufferSize)} ({_maxLength} bytes), so it was not read."),
        (int)response.StatusCode,
        null,
        LogtoHeaders.Of(response),
        null);

    private static HttpRequestException BrokeOff(HttpRequestMessage request, HttpResponseMessage response, int received, long? declared, IOException cause)
    {
        var expected = declared is { } length ? string.Create(CultureInfo.InvariantCulture, $" of {length}") : string.Empty;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"The response to {LogtoRequestText.Of(request)} (HTTP {(int)response.StatusCode}) broke off after {received}{expected} bytes of its body: {cause.Message}");
        var error = cause is HttpIOException io ? io.HttpRequestError : HttpRequestError.ResponseEnded;
        return new HttpRequestException(error, message, cause, response.StatusCode);
    }
}
