namespace Logto.Generated;

/// <summary>A response whose headers matter to the caller; the paged list operations return it.</summary>
public class LogtoResponse
{
    /// <summary>Creates a response; the generated clients call this.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    public LogtoResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        StatusCode = statusCode;
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response and content headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>The <c>Logto-Core-Request-Id</c> header.</summary>
    public string? RequestId => LogtoHeaders.Find(Headers, LogtoApiException.RequestIdHeader);
}

/// <summary>A response with its parsed body. For a list, <see cref="TotalCount"/> is the size of the whole list.</summary>
/// <typeparam name="TResult">The type of the body.</typeparam>
public class LogtoResponse<TResult> : LogtoResponse
{
    /// <summary>Creates a response; the generated clients call this.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="result">The parsed body.</param>
    public LogtoResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result)
        : base(statusCode, headers)
    {
        Result = result;
    }

    /// <summary>The parsed body.</summary>
    public TResult Result { get; }

    /// <summary>The <c>Total-Number</c> header: how many items the whole list has, or null when the server did not say.</summary>
    public long? TotalCount =>
        long.TryParse(LogtoHeaders.Find(Headers, "Total-Number"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var total) ? total : null;

    /// <summary>Whether the server capped <see cref="TotalCount"/> (<c>Total-Number-Is-Capped: true</c>): the list may be longer.</summary>
    public bool IsTotalCapped => string.Equals(LogtoHeaders.Find(Headers, "Total-Number-Is-Capped"), "true", StringComparison.OrdinalIgnoreCase);
}
