namespace Logto.Generated;

/// <summary>Fetches one page of a list; a <see cref="LogtoPageable{T}"/> calls it as the caller walks on.</summary>
/// <typeparam name="T">The type of the items.</typeparam>
/// <param name="pageNumber">The page number, starting at 1.</param>
/// <param name="pageSize">The number of items per page, 1 to 100.</param>
/// <param name="cancellationToken">Cancels the request.</param>
/// <returns>The page.</returns>
internal delegate Task<LogtoPage<T>> LogtoPageFetcher<T>(int pageNumber, int pageSize, CancellationToken cancellationToken);
