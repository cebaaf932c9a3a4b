namespace Logto.Generated;

/// <summary>
/// The pages of a list, fetched one at a time when the caller moves on. The enumerator forgets the previous page before
/// it fetches the next one, so it never holds more than one page.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
internal sealed class LogtoPageSequence<T> : IAsyncEnumerable<LogtoPage<T>>
{
    private readonly Func<int, CancellationToken, Task<LogtoPage<T>>> _fetchPage;
    private readonly CancellationToken _cancellationToken;
    private readonly int _firstPage;

    public LogtoPageSequence(Func<int, CancellationToken, Task<LogtoPage<T>>> fetchPage, CancellationToken cancellationToken, int firstPage = 1)
    {
        _fetchPage = fetchPage;
        _cancellationToken = cancellationToken;
        _firstPage = firstPage;
    }

    public IAsyncEnumerator<LogtoPage<T>> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new Enumerator(_fetchPage, _cancellationToken, cancellationToken, _firstPage);

    private sealed class Enumerator : IAsyncEnumerator<LogtoPage<T>>
    {
        private readonly Func<int, CancellationToken, Task<LogtoPage<T>>> _fetchPage;
        private readonly CancellationTokenSource? _linked;
        private readonly CancellationToken _cancellationToken;
        private LogtoPage<T>? _current;
        private int _nextPage;
        private bool _finished;

        public Enumerator(Func<int, CancellationToken, Task<LogtoPage<T>>> fetchPage, CancellationToken first, CancellationToken second, int firstPage)
        {
            _fetchPage = fetchPage;
            _nextPage = firstPage;
            if (first.CanBeCanceled && second.CanBeCanceled && first != second)
            {
                _linked = CancellationTokenSource.CreateLinkedTokenSource(first, second);
                _cancellationToken = _linked.Token;
            }
            else
            {
                _cancellationToken = first.CanBeCanceled ? first : second;
            }
        }

        public LogtoPage<T> Current => _current ?? throw new InvalidOperationException("There is no current page.");

        public async ValueTask<bool> MoveNextAsync()
        {
            _current = null;
            if (_finished)
            {
                return false;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            var page = await _fetchPage(_nextPage, _cancellationToken).ConfigureAwait(false);
            _finished = !page.HasMore || _nextPage == int.MaxValue;
            _nextPage++;
            if (page.Items.Count == 0)
            {
                return false;
            }

            _current = page;
            return true;
        }

        public ValueTask DisposeAsync()
        {
            _finished = true;
            _current = null;
            _linked?.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
