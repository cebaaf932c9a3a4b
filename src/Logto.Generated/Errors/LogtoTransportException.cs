namespace Logto.Generated;

/// <summary>
/// A request to Logto failed in transport once every allowed retry was spent: the connection was refused or reset,
/// the host name did not resolve, or the answer broke off in the middle of its body. The
/// <see cref="HttpRequestException"/> is the inner exception; <see cref="HttpRequestError"/> says what kind of failure
/// it was, and <see cref="LogtoException.StatusCode"/> is the status of an answer that broke off (null when none
/// arrived). The message names the operation, the method and the path, never the query or a header.
/// </summary>
public class LogtoTransportException : LogtoException
{
    /// <summary>Creates the exception for a transport failure.</summary>
    /// <param name="message">What failed, for which request; it must not contain a secret.</param>
    /// <param name="innerException">The transport failure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerException"/> is null.</exception>
    public LogtoTransportException(string message, HttpRequestException innerException)
        : base(message, new LogtoAnswer((int?)innerException?.StatusCode, null, null, null, null), innerException ?? throw new ArgumentNullException(nameof(innerException)))
    {
        HttpRequestError = innerException.HttpRequestError;
    }

    /// <summary>The kind of failure, such as <see cref="System.Net.Http.HttpRequestError.ConnectionError"/>, <see cref="System.Net.Http.HttpRequestError.NameResolutionError"/> or <see cref="System.Net.Http.HttpRequestError.ResponseEnded"/>.</summary>
    public HttpRequestError HttpRequestError { get; }
}
