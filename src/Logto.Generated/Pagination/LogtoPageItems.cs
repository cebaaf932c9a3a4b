using System.Runtime.CompilerServices;

namespace Logto.Generated;

/// <summary>Turns a walk over pages into a walk over their items.</summary>
internal static class LogtoPageItems
{
    public static async IAsyncEnumerable<T> Flatten<T>(
        IAsyncEnumerable<LogtoPage<T>> pages,
        CancellationToken walkToken,
        [EnumeratorCancellation] CancellationToken enumerationToken = default)
    {
        var cursor = pages.GetAsyncEnumerator(enumerationToken);
        try
        {
            while (await cursor.MoveNextAsync().ConfigureAwait(false))
            {
                IReadOnlyList<T>? items = cursor.Current.Items;
                for (var index = 0; index < items.Count; index++)
                {
                    walkToken.ThrowIfCancellationRequested();
                    enumerationToken.ThrowIfCancellationRequested();
                    yield return items[index];
                }

                // Forget this page before the cursor fetches the next one.
                items = null;
            }
        }
        finally
        {
            await cursor.DisposeAsync().ConfigureAwait(false);
        }
    }
}
