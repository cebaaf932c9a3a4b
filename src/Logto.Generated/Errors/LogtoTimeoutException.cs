namespace Logto.Generated;

/// <summary>
/// A call to Logto did not complete in time. <see cref="Kind"/> tells which timeout fired and <see cref="Timeout"/> its
/// value; the message names the option (<see cref="LogtoClientOptions.AttemptTimeout"/> or
/// <see cref="LogtoClientOptions.TotalTimeout"/>), the method and the path, never the query or a header. Your own
/// cancellation is not a timeout: it raises <see cref="OperationCanceledException"/>. No answer arrived, so the status
/// and the other answer properties of <see cref="LogtoException"/> are null.
/// </summary>
public class LogtoTimeoutException : LogtoException
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What timed out.</param>
    public LogtoTimeoutException(string message)
        : base(message, null)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What timed out.</param>
    /// <param name="innerException">The cause.</param>
    public LogtoTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a timeout of the client's pipeline.</summary>
    /// <param name="message">What timed out.</param>
    /// <param name="kind">Which timeout fired.</param>
    /// <param name="timeout">The timeout's value.</param>
    /// <param name="innerException">The cause, Polly's timeout rejection.</param>
    public LogtoTimeoutException(string message, LogtoTimeoutKind kind, TimeSpan timeout, Exception? innerException)
        : base(message, innerException)
    {
        Kind = kind;
        Timeout = timeout;
    }

    /// <summary>Which timeout fired.</summary>
    public LogtoTimeoutKind Kind { get; }

    /// <summary>The value of the timeout that fired.</summary>
    public TimeSpan Timeout { get; }
}
