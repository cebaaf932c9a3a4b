using global::Refit;
using Logto.Generated.Benchmarks.Peers.SystemTextJson;

namespace Logto.Generated.Benchmarks.Peers.Refit;

/// <summary>
/// The Refit peer: a Refit 16 interface for the benchmarked calls, over the benchmark-only models, with Refit's
/// default settings (its System.Text.Json serializer). Lists return <see cref="ApiResponse{T}"/> so the caller gets the
/// <c>Total-Number</c> header, as with the other clients.
/// </summary>
public interface ILogtoRefitApi
{
    [Get("/api/applications")]
    Task<ApiResponse<List<StjApplication>>> ListApplicationsAsync(int page, [AliasAs("page_size")] int pageSize, CancellationToken cancellationToken);

    [Get("/api/users")]
    Task<ApiResponse<List<StjUser>>> ListUsersAsync(int page, [AliasAs("page_size")] int pageSize, CancellationToken cancellationToken);

    [Get("/api/users/{userId}")]
    Task<StjUser> GetUserAsync(string userId, CancellationToken cancellationToken);

    [Post("/api/applications")]
    Task<StjApplication> CreateApplicationAsync([Body] StjCreateApplicationRequest body, CancellationToken cancellationToken);
}
