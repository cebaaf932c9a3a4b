namespace Logto.Generated;

/// <summary>Finds the <see cref="ThirdPartyApplicationsOptions"/> that cannot work, naming the setting.</summary>
internal static class ThirdPartyApplicationsOptionsCheck
{
    private const string Name = nameof(ThirdPartyApplicationsOptions);

    /// <summary>Throws when <see cref="FindProblem"/> finds one.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public static void Validate(ThirdPartyApplicationsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (FindProblem(options) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
    }

    /// <summary>What is wrong with the options, or null when they can work.</summary>
    public static string? FindProblem(ThirdPartyApplicationsOptions options)
    {
        if (options.MaxConcurrency is < 1 or > ThirdPartyApplicationsOptions.MaxAllowedConcurrency)
        {
            return $"{Name}.{nameof(options.MaxConcurrency)} must be between 1 and {ThirdPartyApplicationsOptions.MaxAllowedConcurrency}; it is {options.MaxConcurrency}.";
        }

        if (options.CatalogRequestsPerSecond is < 1 or > 1000)
        {
            return $"{Name}.{nameof(options.CatalogRequestsPerSecond)} must be between 1 and 1000; it is {options.CatalogRequestsPerSecond}.";
        }

        if (options.FirstLoadWait < TimeSpan.Zero || options.FirstLoadWait > TimeSpan.FromMinutes(10))
        {
            return $"{Name}.{nameof(options.FirstLoadWait)} must be between zero and 10 minutes; it is {options.FirstLoadWait}.";
        }

        if (FindIntervalProblem(options) is { } interval)
        {
            return interval;
        }

        if (string.IsNullOrWhiteSpace(options.CacheKeyPrefix))
        {
            return $"{Name}.{nameof(options.CacheKeyPrefix)} must not be empty.";
        }

        if (options.LoginEndpoint is not { IsAbsoluteUri: true } endpoint || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            return $"{Name}.{nameof(options.LoginEndpoint)} must be the absolute http(s) URL of the Logto endpoint, such as https://tenant.logto.app/.";
        }

        foreach (var scope in options.ExtraScopes)
        {
            if (string.IsNullOrWhiteSpace(scope) || scope.Any(char.IsWhiteSpace))
            {
                return $"{Name}.{nameof(options.ExtraScopes)} holds '{scope}': each entry must be one scope, without spaces.";
            }
        }

        return null;
    }

    private static string? FindIntervalProblem(ThirdPartyApplicationsOptions options)
    {
        var second = TimeSpan.FromSeconds(1);
        if (options.ApplicationListInterval < second)
        {
            return $"{Name}.{nameof(options.ApplicationListInterval)} must be at least 1 second; it is {options.ApplicationListInterval}.";
        }

        if (options.ApplicationDetailsInterval < options.ApplicationListInterval)
        {
            return $"{Name}.{nameof(options.ApplicationDetailsInterval)} must be at least {nameof(options.ApplicationListInterval)} ({options.ApplicationListInterval}); it is {options.ApplicationDetailsInterval}.";
        }

        if (double.IsNaN(options.RefreshJitter) || options.RefreshJitter is < 0 or > 0.5)
        {
            return $"{Name}.{nameof(options.RefreshJitter)} must be between 0 and 0.5; it is {options.RefreshJitter}.";
        }

        if (options.MaxRefreshBackoff < second)
        {
            return $"{Name}.{nameof(options.MaxRefreshBackoff)} must be at least 1 second; it is {options.MaxRefreshBackoff}.";
        }

        return options.UserCacheTimeToLive < TimeSpan.Zero ? $"{Name}.{nameof(options.UserCacheTimeToLive)} must not be negative." : null;
    }
}
