namespace Logto.Generated;

/// <summary>Which of the client's timeouts ended a call.</summary>
public enum LogtoTimeoutKind
{
    /// <summary><see cref="LogtoClientOptions.AttemptTimeout"/>: one attempt, the whole response body included, took too long and no retry was left or allowed.</summary>
    Attempt,

    /// <summary><see cref="LogtoClientOptions.TotalTimeout"/>: the whole call, every attempt and retry wait included, took too long.</summary>
    Total,
}
