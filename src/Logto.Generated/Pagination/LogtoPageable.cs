namespace Logto.Generated;

/// <summary>
/// A Logto list, as every list operation returns it. Walk every item with <c>await foreach</c>: pages are fetched one
/// at a time, only when the walk reaches them, and only one is held. <see cref="AsPages"/> walks the pages themselves,
/// with their totals and responses; <see cref="GetPageAsync"/> fetches one page in one request. Creating it sends nothing.
/// </summary>
/// <example>
/// <code>
/// await foreach (var user in logto.Users.ListUsersAsync(new ListUsersOptions { Search = new LogtoSearch().MatchAnyField("%bob%") }))
/// {
///     Console.WriteLine(user.Id);
/// }
/// </code>
/// </example>
/// <typeparam name="T">The type of the items.</typeparam>
public class LogtoPageable<T> : IAsyncEnumerable<T>
{
    private readonly LogtoPageFetcher<T> _fetchPage;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Creates a list over a page fetcher, as the generated clients do.</summary>
    /// <param name="fetchPage">Fetches a page, given its number and size.</param>
    /// <param name="pageSize">Items per request, 1 to 100.</param>
    /// <param name="cancellationToken">Stops every walk and request of this list, with the token each walk is given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fetchPage"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is out of range.</exception>
    internal LogtoPageable(LogtoPageFetcher<T> fetchPage, int pageSize = LogtoQueryString.MaxPageSize, CancellationToken cancellationToken = default)
    {
        _fetchPage = fetchPage ?? throw new ArgumentNullException(nameof(fetchPage));
        LogtoPaging.CheckPageSize(pageSize);
        PageSize = pageSize;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// A list that serves the given pages, for tests of code that takes a <see cref="LogtoPageable{T}"/>: page
    /// <c>n</c> is the page whose <see cref="LogtoPage{T}.PageNumber"/> is <c>n</c>, and a page not given is empty (with
    /// the last given page's total). The walks behave as over a server's pages; nothing is sent anywhere.
    /// </summary>
    /// <param name="pages">The pages, each with its own number.</param>
    /// <returns>The list, whose <see cref="PageSize"/> is the first page's, or 100 when no page is given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> or one of its pages is null.</exception>
    /// <exception cref="ArgumentException">Two pages have the same number.</exception>
    public static LogtoPageable<T> FromPages(IEnumerable<LogtoPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var byNumber = new SortedDictionary<int, LogtoPage<T>>();
        foreach (var page in pages)
        {
            ArgumentNullException.ThrowIfNull(page, nameof(pages));
            if (!byNumber.TryAdd(page.PageNumber, page))
            {
                throw new ArgumentException($"Two pages are numbered {page.PageNumber}.", nameof(pages));
            }
        }

        var total = byNumber.Count == 0 ? 0 : byNumber.Values.Last().TotalCount;
        var pageSize = byNumber.Count == 0 ? LogtoQueryString.MaxPageSize : byNumber.Values.First().PageSize;
        return new LogtoPageable<T>(
            (number, size, _) => Task.FromResult(byNumber.TryGetValue(number, out var page) ? page : new LogtoPage<T>(number, size, [], total, false)),
            pageSize);
    }

    /// <summary>Items per request.</summary>
    public int PageSize { get; }

    /// <summary>Walks every item from page 1, in the server's order, fetching each page when the walk reaches it.</summary>
    /// <param name="cancellationToken">Stops the walk; checked before every request and every item.</param>
    /// <returns>The enumerator.</returns>
    public virtual IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        LogtoPageItems.Flatten(Pages(1), _cancellationToken, cancellationToken).GetAsyncEnumerator(cancellationToken);

    /// <summary>
    /// Walks the pages lazily from <paramref name="firstPage"/>, yielding each non-empty page. The walk ends after an
    /// empty page, a short page, or once the pages cover <see cref="LogtoPage{T}.TotalCount"/> (when the total is not capped).
    /// </summary>
    /// <param name="firstPage">The page to start from, 1 or more.</param>
    /// <returns>The pages; pass a token with <c>WithCancellation</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstPage"/> is below 1.</exception>
    public virtual IAsyncEnumerable<LogtoPage<T>> AsPages(int firstPage = 1)
    {
        LogtoPaging.CheckPageNumber(firstPage, nameof(firstPage));
        return Pages(firstPage);
    }

    /// <summary>Fetches one page, in one request, with its total count and response.</summary>
    /// <param name="pageNumber">The page number, starting at 1.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, possibly empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageNumber"/> is below 1; nothing is sent.</exception>
    public virtual async Task<LogtoPage<T>> GetPageAsync(int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        LogtoPaging.CheckPageNumber(pageNumber);
        using var linked = _cancellationToken.CanBeCanceled && cancellationToken.CanBeCanceled && _cancellationToken != cancellationToken
            ? CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);
        token.ThrowIfCancellationRequested();
        return await FetchAsync(pageNumber, token).ConfigureAwait(false);
    }

    /// <summary>The pages from <paramref name="firstPage"/>; the sequence links the list's token with the walk's.</summary>
    private LogtoPageSequence<T> Pages(int firstPage) => new(FetchAsync, _cancellationToken, firstPage);

    private async Task<LogtoPage<T>> FetchAsync(int pageNumber, CancellationToken cancellationToken) =>
        await _fetchPage(pageNumber, PageSize, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The page fetcher returned no page for page {pageNumber}.");
}
