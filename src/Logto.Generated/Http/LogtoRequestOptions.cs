using System.Globalization;

namespace Logto.Generated;

/// <summary>
/// Settings for one call, the base of every operation's options class (such as <c>ListUsersOptions</c>). A value left
/// null keeps the client-wide setting of <see cref="LogtoClientOptions"/>; a value set here wins for this call only.
/// For a list, they apply to the request of every page.
/// </summary>
public abstract class LogtoRequestOptions
{
    /// <summary>The headers the client's pipeline sets itself; <see cref="Headers"/> may not hold them.</summary>
    private static readonly string[] PipelineHeaders = ["Authorization", "Host", "Content-Length"];

    internal static readonly HttpRequestOptionsKey<LogtoRequestOptions> Key = new("Logto.Generated.RequestOptions");

    private Dictionary<string, string>? _headers;

    /// <summary>
    /// The time each attempt of this call may take, the response body included, instead of
    /// <see cref="LogtoClientOptions.AttemptTimeout"/>. The client's <see cref="LogtoClientOptions.TotalTimeout"/> still
    /// bounds the whole call. When it elapses and no retry is left, the call fails with a <see cref="LogtoTimeoutException"/>.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// The most retries for this call, instead of <see cref="LogtoClientOptions.MaxRetryAttempts"/>: 0 sends the
    /// request once. What is retried does not change (transient failures, and only idempotent methods unless the
    /// client retries every method).
    /// </summary>
    public int? MaxRetries { get; set; }

    /// <summary>
    /// Extra headers sent with this call's requests, by name (compared without case). A header the pipeline owns
    /// (<c>Authorization</c>, <c>Host</c>, <c>Content-Length</c>) is refused with an <see cref="ArgumentException"/>
    /// before any request.
    /// </summary>
    public IDictionary<string, string> Headers => _headers ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks the options of a call before anything is sent; null options are valid.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is not positive, or the retries are negative.</exception>
    /// <exception cref="ArgumentException">A header is one the pipeline owns, or its name or value is invalid.</exception>
    internal static void Check(LogtoRequestOptions? options)
    {
        if (options is null)
        {
            return;
        }

        if (options.Timeout is { } timeout && (timeout <= TimeSpan.Zero || timeout == System.Threading.Timeout.InfiniteTimeSpan))
        {
            throw new ArgumentOutOfRangeException(nameof(options), timeout, $"{nameof(Timeout)} must be a positive time.");
        }

        if (options.MaxRetries is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxRetries, $"{nameof(MaxRetries)} must be 0 or more.");
        }

        foreach (var (name, value) in options._headers ?? [])
        {
            if (PipelineHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The header '{name}' is set by the client's pipeline and cannot be set in {nameof(Headers)}.", nameof(options));
            }

            using var probe = new HttpRequestMessage();
            if (string.IsNullOrWhiteSpace(name) || value is null || !(probe.Headers.TryAddWithoutValidation(name, value) || IsContentHeader(name)))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The header '{name}' in {nameof(Headers)} is not a valid request header."), nameof(options));
            }
        }
    }

    /// <summary>Puts the options on a request: its extra headers, and the per-call timeout and retries for the pipeline.</summary>
    internal static void Apply(HttpRequestMessage request, LogtoRequestOptions? options)
    {
        if (options is null)
        {
            return;
        }

        foreach (var (name, value) in options._headers ?? [])
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.Remove(name);
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (options.Timeout is not null || options.MaxRetries is not null)
        {
            request.Options.Set(Key, options);
        }
    }

    /// <summary>The per-call options the request carries, or null.</summary>
    internal static LogtoRequestOptions? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var options) ? options : null;

    private static bool IsContentHeader(string name)
    {
        using var content = new ByteArrayContent([]);
        return content.Headers.TryAddWithoutValidation(name, "x");
    }
}
