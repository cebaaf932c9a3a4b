using System.Runtime.CompilerServices;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Pagination;

/// <summary>A walk fetches a page only when the caller needs it, holds one page at a time, and stops when cancelled.</summary>
public class PagingLazinessTests
{
    [Test]
    public async Task Only_the_pages_consumed_so_far_are_requested()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 250);

        var walk = logto.Client.Users.ListUsersAsync();
        Assert.That(list.Queries, Is.Empty, "creating the walk sends nothing");

        await using var cursor = walk.GetAsyncEnumerator();
        await MoveAsync(cursor, 1);
        Assert.That(list.Queries, Has.Count.EqualTo(1));
        Assert.That(cursor.Current.Id, Is.EqualTo("item001"));

        await MoveAsync(cursor, 99);
        Assert.That(list.Queries, Has.Count.EqualTo(1), "the 100th item is still on page 1");
        Assert.That(cursor.Current.Id, Is.EqualTo("item100"));

        await MoveAsync(cursor, 1);
        Assert.That(list.Queries, Is.EqualTo(new[] { "page=1&page_size=100", "page=2&page_size=100" }));
        Assert.That(cursor.Current.Id, Is.EqualTo("item101"));
    }

    [Test]
    public async Task Each_page_is_released_before_the_next_one_is_fetched()
    {
        var pages = new List<WeakReference>();
        bool? firstPageAliveDuringSecondFetch = null;
        LogtoPageFetcher<int> fetch = async (page, size, ct) =>
        {
            // Resume on a fresh stack so that only heap references can keep page 1 alive.
            await Task.Yield();
            if (page == 2)
            {
                firstPageAliveDuringSecondFetch = IsAliveAfterCollection(pages[0]);
            }

            return MakePage(page, size, pages);
        };

        var count = 0;
        await foreach (var item in new LogtoPageable<int>(fetch, pageSize: 3))
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(5));
        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(firstPageAliveDuringSecondFetch, Is.False);
    }

    [Test]
    public async Task Cancelling_between_pages_stops_at_once_without_another_request()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 6);
        using var cancellation = new CancellationTokenSource();

        await using var cursor = logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 2 }, cancellation.Token).GetAsyncEnumerator();
        await MoveAsync(cursor, 2);
        cancellation.Cancel();

        Assert.ThrowsAsync<OperationCanceledException>(async () => await cursor.MoveNextAsync());
        Assert.That(list.Queries, Is.EqualTo(new[] { "page=1&page_size=2" }));
    }

    [Test]
    public async Task The_WithCancellation_token_is_honoured_too()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 6);
        using var cancellation = new CancellationTokenSource();

        var seen = new List<string>();
        Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var user in logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 2 }).WithCancellation(cancellation.Token))
            {
                seen.Add(user.Id);
                if (seen.Count == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.That(seen, Is.EqualTo(new[] { "item001", "item002" }));
        Assert.That(list.Queries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cancelling_inside_a_page_stops_before_the_next_item()
    {
        using var logto = new MockLogto();
        MockLogtoList.Serve(logto, "api/users", 6);
        using var cancellation = new CancellationTokenSource();

        await using var cursor = logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 3 }, cancellation.Token).GetAsyncEnumerator();
        await MoveAsync(cursor, 1);
        cancellation.Cancel();

        Assert.ThrowsAsync<OperationCanceledException>(async () => await cursor.MoveNextAsync());
    }

    [Test]
    public void A_token_cancelled_up_front_sends_nothing()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 6);

        Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in logto.Client.Users.ListUsersAsync(cancellationToken: new CancellationToken(canceled: true)))
            {
            }
        });
        Assert.That(list.Queries, Is.Empty);
    }

    [Test]
    public async Task The_page_walk_forgets_the_current_page_when_moving_on()
    {
        using var logto = new MockLogto();
        MockLogtoList.Serve(logto, "api/users", 3);

        await using var cursor = logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 2 }).AsPages().GetAsyncEnumerator();
        Assert.That(() => cursor.Current, Throws.InvalidOperationException, "no page before the first move");
        Assert.That(await cursor.MoveNextAsync(), Is.True);
        Assert.That(await cursor.MoveNextAsync(), Is.True);
        Assert.That(cursor.Current.Items, Has.Count.EqualTo(1));
        Assert.That(await cursor.MoveNextAsync(), Is.False, "a short page ends the walk");
        Assert.That(() => cursor.Current, Throws.InvalidOperationException);
    }

    private static async Task MoveAsync<T>(IAsyncEnumerator<T> cursor, int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            Assert.That(await cursor.MoveNextAsync(), Is.True);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LogtoPage<int> MakePage(int page, int size, List<WeakReference> pages)
    {
        var items = page <= 2 ? Enumerable.Range(((page - 1) * size) + 1, page == 1 ? size : 2).ToList() : [];
        pages.Add(new WeakReference(items));
        return new LogtoPage<int>(page, size, items, null, false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAliveAfterCollection(WeakReference reference)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return reference.IsAlive;
    }
}
