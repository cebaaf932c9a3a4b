namespace Logto.Generated;

/// <summary>
/// A call found no catalog of third-party applications yet and the first load did not finish within
/// <see cref="ThirdPartyApplicationsOptions.FirstLoadWait"/>. The load goes on; <see cref="LogtoException.RetryAfter"/>
/// says when to try again. No answer of Logto is at fault, so the status and the other answer properties are null.
/// </summary>
public sealed class ThirdPartyApplicationCatalogLoadingException : LogtoException
{
    internal ThirdPartyApplicationCatalogLoadingException(TimeSpan waited, TimeSpan retryAfter)
        : base(
            $"The third-party applications catalog is still loading (waited {waited.TotalSeconds:0.###} s, ThirdPartyApplicationsOptions.FirstLoadWait); try again in {retryAfter.TotalSeconds:0} s.",
            new LogtoAnswer(null, null, null, null, retryAfter),
            null)
    {
    }
}
