namespace Logto.Generated;

/// <summary>
/// Fetches one page of a Logto list: usually a lambda around a generated paged operation, such as
/// <c>(page, pageSize, ct) =&gt; client.Users.ListUsersAsync(page, pageSize, search, ct)</c>.
/// </summary>
/// <typeparam name="TResponse">The body of the list operation, usually <c>ICollection&lt;T&gt;</c>.</typeparam>
/// <param name="page">The page number, starting at 1.</param>
/// <param name="pageSize">The number of items per page, 1 to <see cref="LogtoQueryString.MaxPageSize"/>.</param>
/// <param name="cancellationToken">Cancels the request.</param>
/// <returns>The response, with its <c>Total-Number</c> headers.</returns>
public delegate Task<LogtoResponse<TResponse>> LogtoPageFetcher<TResponse>(int page, int pageSize, CancellationToken cancellationToken);
