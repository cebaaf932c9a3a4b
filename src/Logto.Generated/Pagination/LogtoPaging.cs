namespace Logto.Generated;

/// <summary>
/// Pages through any Logto list operation that takes <c>page</c> and <c>page_size</c>: one page with its total, the
/// pages one by one, or every item lazily. Pages are fetched only when the caller asks for more, and only one page is
/// held at a time.
/// </summary>
/// <example>
/// <code>
/// await foreach (var user in LogtoPaging.EnumerateAsync(
///     (page, pageSize, ct) =&gt; client.Users.ListUsersAsync(page, pageSize, search, ct)))
/// {
///     Console.WriteLine(user.Id);
/// }
/// </code>
/// </example>
public static class LogtoPaging
{
    /// <summary>The page size used when none is given: the largest Logto accepts.</summary>
    public const int DefaultPageSize = LogtoQueryString.MaxPageSize;

    /// <summary>Fetches one page with its total count.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="fetchPage">Fetches a page, given its number and size.</param>
    /// <param name="pageNumber">The page number, starting at 1.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page number or size is out of range; nothing is sent.</exception>
    public static Task<LogtoPage<T>> GetPageAsync<T>(
        LogtoPageFetcher<ICollection<T>> fetchPage, int pageNumber = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default) =>
        GetPageAsync<ICollection<T>, T>(fetchPage, AllItems, pageNumber, pageSize, cancellationToken);

    /// <summary>Fetches one page with its total count, for a list whose items sit inside the response body.</summary>
    /// <typeparam name="TResponse">The body of the list operation.</typeparam>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="fetchPage">Fetches a page, given its number and size.</param>
    /// <param name="selectItems">Picks the items out of the body.</param>
    /// <param name="pageNumber">The page number, starting at 1.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page number or size is out of range; nothing is sent.</exception>
    public static Task<LogtoPage<T>> GetPageAsync<TResponse, T>(
        LogtoPageFetcher<TResponse> fetchPage,
        Func<TResponse, IEnumerable<T>?> selectItems,
        int pageNumber = 1,
        int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(selectItems);
        CheckPageNumber(pageNumber);
        CheckPageSize(pageSize);
        return FetchAsync(fetchPage, selectItems, pageNumber, pageSize, cancellationToken);
    }

    /// <summary>Walks the pages of a list lazily, from page 1, skipping none and yielding each non-empty page.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="fetchPage">Fetches a page, given its number and size.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk; checked before every request.</param>
    /// <returns>The pages; see <see cref="LogtoPage{T}.HasMore"/> for when the walk ends.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page size is out of range.</exception>
    public static IAsyncEnumerable<LogtoPage<T>> EnumeratePagesAsync<T>(
        LogtoPageFetcher<ICollection<T>> fetchPage, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default) =>
        EnumeratePagesAsync<ICollection<T>, T>(fetchPage, AllItems, pageSize, cancellationToken);

    /// <summary>Walks the pages of a list whose items sit inside the response body.</summary>
    /// <typeparam name="TResponse">The body of the list operation.</typeparam>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="fetchPage">Fetches a page, given its number and size.</param>
    /// <param name="selectItems">Picks the items out of the body.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk; checked before every request.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page size is out of range.</exception>
    public static IAsyncEnumerable<LogtoPage<T>> EnumeratePagesAsync<TResponse, T>(
        LogtoPageFetcher<TResponse> fetchPage,
        Func<TResponse, IEnumerable<T>?> selectItems,
        int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(selectItems);
        CheckPageSize(pageSize);
        return new LogtoPageSequence<T>(
            (page, token) => FetchAsync(fetchPage, selectItems, page, pageSize, token), cancellationToken);
    }

    /// <summary>Walks every item of a list lazily, page by page.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="fetchPage">Fetches a page, given its number and size.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk; checked before every request and every item.</param>
    /// <returns>The items, in the server's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page size is out of range.</exception>
    public static IAsyncEnumerable<T> EnumerateAsync<T>(
        LogtoPageFetcher<ICollection<T>> fetchPage, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default) =>
        EnumerateAsync<ICollection<T>, T>(fetchPage, AllItems, pageSize, cancellationToken);

    /// <summary>Walks every item of a list whose items sit inside the response body.</summary>
    /// <typeparam name="TResponse">The body of the list operation.</typeparam>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="fetchPage">Fetches a page, given its number and size.</param>
    /// <param name="selectItems">Picks the items out of the body.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk; checked before every request and every item.</param>
    /// <returns>The items, in the server's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page size is out of range.</exception>
    public static IAsyncEnumerable<T> EnumerateAsync<TResponse, T>(
        LogtoPageFetcher<TResponse> fetchPage,
        Func<TResponse, IEnumerable<T>?> selectItems,
        int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        LogtoPageItems.Flatten(EnumeratePagesAsync(fetchPage, selectItems, pageSize, cancellationToken), cancellationToken);

    internal static void CheckPageNumber(int pageNumber)
    {
        if (pageNumber < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageNumber), pageNumber, "The page number starts at 1.");
        }
    }

    internal static void CheckPageSize(int pageSize)
    {
        if (pageSize is < 1 or > LogtoQueryString.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"The page size must be between 1 and {LogtoQueryString.MaxPageSize}.");
        }
    }

    private static IEnumerable<T> AllItems<T>(ICollection<T> items) => items;

    private static async Task<LogtoPage<T>> FetchAsync<TResponse, T>(
        LogtoPageFetcher<TResponse> fetchPage, Func<TResponse, IEnumerable<T>?> selectItems, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var response = await fetchPage(pageNumber, pageSize, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The page fetcher returned no response for page {pageNumber}.");
        var selected = response.Result is null ? null : selectItems(response.Result);
        var items = selected as IReadOnlyList<T> ?? selected?.ToList() ?? [];
        return new LogtoPage<T>(pageNumber, pageSize, items, response.TotalCount, response.IsTotalCapped);
    }
}
