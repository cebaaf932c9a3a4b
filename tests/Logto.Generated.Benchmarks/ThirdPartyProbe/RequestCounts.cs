using System.Collections.Concurrent;
using System.Diagnostics;
using Logto.Generated.Testing;

namespace Logto.Generated.ThirdPartyProbe;

/// <summary>What the fake Logto was asked so far, by kind.</summary>
/// <param name="Lists">Application list pages (<c>GET /api/applications</c>).</param>
/// <param name="Details">Per-application reads (<c>/api/applications/{id}/...</c>).</param>
/// <param name="Users">User reads (<c>/api/users/{id}/...</c>).</param>
/// <param name="Tokens">Token requests (<c>POST /oidc/token</c>).</param>
/// <param name="Oidc">Other OIDC requests (discovery, JWKS).</param>
/// <param name="Other">Any other request (none expected).</param>
/// <param name="Failed">Requests the fake did not answer with a 2xx status (none expected).</param>
internal readonly record struct RequestTotals(long Lists, long Details, long Users, long Tokens, long Oidc, long Other, long Failed)
{
    /// <summary>Every Management API request of the catalog and the users (<c>/api/...</c>).</summary>
    public long ManagementApi => Lists + Details + Users;

    public static RequestTotals operator -(RequestTotals after, RequestTotals before) => new(
        after.Lists - before.Lists,
        after.Details - before.Details,
        after.Users - before.Users,
        after.Tokens - before.Tokens,
        after.Oidc - before.Oidc,
        after.Other - before.Other,
        after.Failed - before.Failed);
}

/// <summary>
/// Counts the fake Logto's requests from its request log (<see cref="FakeLogto.Requests"/>): each <see cref="Read"/>
/// adds the logged requests to running totals and clears the log (<see cref="FakeLogto.ClearRequests"/>), so the log
/// does not grow through a run or into the load test's heap samples. A request filter (an injected fault whose
/// <c>when</c> records the arrival and never matches) keeps the catalog requests' Stopwatch timestamps, which outlive
/// the clears (the log's own <see cref="FakeLogtoRequest.ReceivedAt"/> goes with them), and the number of requests that
/// arrived, which shows whether a request logged between the log's copy and its clearing was missed.
/// </summary>
internal sealed class RequestCounts : IDisposable
{
    private readonly FakeLogto _fake;
    private readonly IDisposable _arrivalFilter;
    private readonly object _lock = new();
    private RequestTotals _totals;
    private long _logged;
    private long _arrived;

    public RequestCounts(FakeLogto fake)
    {
        _fake = fake;
        _fake.ClearRequests();
        // The fault is never used: the filter records the arrival and answers false, so the request goes on as usual.
        _arrivalFilter = fake.InjectFault("*", FakeLogtoFault.ServerError(), int.MaxValue, when: request =>
        {
            Interlocked.Increment(ref _arrived);
            if (request.Path.StartsWith("/api/applications", StringComparison.Ordinal))
            {
                CatalogArrivals.Enqueue(Stopwatch.GetTimestamp());
            }

            return false;
        });
    }

    /// <summary>When each catalog request (list page or per-application read) arrived at the fake, as Stopwatch timestamps.</summary>
    public ConcurrentQueue<long> CatalogArrivals { get; } = new();

    /// <summary>Requests that arrived at the fake but were not in any read of its log: logged between a copy and a clear.</summary>
    public long Missed
    {
        get
        {
            lock (_lock)
            {
                return Interlocked.Read(ref _arrived) - _logged;
            }
        }
    }

    /// <summary>Adds the log's requests to the totals, clears the log and returns the totals.</summary>
    public RequestTotals Read()
    {
        lock (_lock)
        {
            var log = _fake.Requests;
            _fake.ClearRequests();
            var (lists, details, users, tokens, oidc, other, failed) = _totals;
            foreach (var request in log)
            {
                var path = request.Path;
                if (path == "/api/applications")
                {
                    lists++;
                }
                else if (path.StartsWith("/api/applications/", StringComparison.Ordinal))
                {
                    details++;
                }
                else if (path.StartsWith("/api/users/", StringComparison.Ordinal))
                {
                    users++;
                }
                else if (request.OperationId == FakeLogto.TokenOperation)
                {
                    tokens++;
                }
                else if (path.StartsWith("/oidc/", StringComparison.Ordinal))
                {
                    oidc++;
                }
                else
                {
                    other++;
                }

                if (request.Status is < 200 or >= 300)
                {
                    failed++;
                }
            }

            _logged += log.Count;
            _totals = new RequestTotals(lists, details, users, tokens, oidc, other, failed);
            return _totals;
        }
    }

    public void Dispose() => _arrivalFilter.Dispose();
}
