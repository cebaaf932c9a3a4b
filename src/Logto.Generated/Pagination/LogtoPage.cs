namespace Logto.Generated;

/// <summary>One page of a Logto list, with the size of the whole list as the server reported it and the response it came from.</summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class LogtoPage<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="pageNumber">The page number, starting at 1.</param>
    /// <param name="pageSize">The page size that was asked for.</param>
    /// <param name="items">The items of this page.</param>
    /// <param name="totalCount">The <c>Total-Number</c> header, or null when the server did not send it.</param>
    /// <param name="isTotalCapped">Whether the server capped the total (<c>Total-Number-Is-Capped: true</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The page number is below 1 or the page size is out of range.</exception>
    public LogtoPage(int pageNumber, int pageSize, IReadOnlyList<T> items, long? totalCount, bool isTotalCapped)
        : this(pageNumber, pageSize, items, totalCount, isTotalCapped, null)
    {
    }

    /// <summary>Creates a page from the response it came from, whose headers give the total.</summary>
    /// <param name="pageNumber">The page number, starting at 1.</param>
    /// <param name="pageSize">The page size that was asked for.</param>
    /// <param name="items">The items of this page.</param>
    /// <param name="response">The response: <c>Total-Number</c>, <c>Total-Number-Is-Capped</c> and the request id are read from it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The page number is below 1 or the page size is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="response"/> is null.</exception>
    public LogtoPage(int pageNumber, int pageSize, IReadOnlyList<T> items, LogtoResponse response)
        : this(pageNumber, pageSize, items, TotalOf(response), IsCapped(response), response)
    {
    }

    private LogtoPage(int pageNumber, int pageSize, IReadOnlyList<T> items, long? totalCount, bool isTotalCapped, LogtoResponse? response)
    {
        LogtoPaging.CheckPageNumber(pageNumber);
        LogtoPaging.CheckPageSize(pageSize);
        PageNumber = pageNumber;
        PageSize = pageSize;
        Items = items ?? throw new ArgumentNullException(nameof(items));
        TotalCount = totalCount;
        IsTotalCapped = isTotalCapped;
        Response = response;
    }

    /// <summary>The page number, starting at 1.</summary>
    public int PageNumber { get; }

    /// <summary>The page size that was asked for.</summary>
    public int PageSize { get; }

    /// <summary>The items of this page, in the server's order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>How many items the whole list has (<c>Total-Number</c>), or null when the server did not say.</summary>
    public long? TotalCount { get; }

    /// <summary>
    /// Whether <see cref="TotalCount"/> is a saturated lower bound (<c>Total-Number-Is-Capped: true</c>): the list may be
    /// longer, so only an empty page marks its end.
    /// </summary>
    public bool IsTotalCapped { get; }

    /// <summary>The response the page came from (status, headers), or null for a page made by hand.</summary>
    public LogtoResponse? Response { get; }

    /// <summary>The <c>Logto-Core-Request-Id</c> of the request that fetched the page, or null.</summary>
    public string? RequestId => Response?.RequestId;

    /// <summary>
    /// Whether a later page may hold items: false after an empty page; otherwise true when the total is capped; otherwise
    /// false after a short page or once the pages so far cover <see cref="TotalCount"/>.
    /// </summary>
    public bool HasMore
    {
        get
        {
            if (Items.Count == 0)
            {
                return false;
            }

            if (IsTotalCapped)
            {
                return true;
            }

            return Items.Count >= PageSize && (TotalCount is not { } total || (long)PageNumber * PageSize < total);
        }
    }

    /// <summary>Makes a page from a body the generated clients read; a null list is an empty page.</summary>
    internal static LogtoPage<T> Create(int pageNumber, int pageSize, IEnumerable<T>? items, LogtoResponse response) =>
        new(pageNumber, pageSize, items as IReadOnlyList<T> ?? items?.ToList() ?? [], response);

    private static long? TotalOf(LogtoResponse response) =>
        long.TryParse((response ?? throw new ArgumentNullException(nameof(response))).GetHeader("Total-Number"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var total) ? total : null;

    private static bool IsCapped(LogtoResponse response) =>
        string.Equals(response.GetHeader("Total-Number-Is-Capped"), "true", StringComparison.OrdinalIgnoreCase);
}
