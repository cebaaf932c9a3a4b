using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>
/// Validates <see cref="LogtoManagementOptions"/> at start-up; every message names the bad option, and the client's name
/// for a named client.
/// </summary>
internal sealed class LogtoManagementOptionsValidator : IValidateOptions<LogtoManagementOptions>
{
    private const string Prefix = nameof(LogtoManagementOptions) + ".";
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaximumTimeout = TimeSpan.FromDays(1);
    private const long MinimumResponseBuffer = 1024;
    private const long MaximumResponseBuffer = 0x7FFFFFC7; // Array.MaxLength: the body is read into one byte array.

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, LogtoManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result(name, Check(options));
    }

    /// <summary>The result of a check; a named client (one tenant among several) says which one is wrong.</summary>
    public static ValidateOptionsResult Result(string? name, List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.IsNullOrEmpty(name) ? failures : failures.Select(failure => $"Logto client '{name}': {failure}"));

    /// <summary>Returns one message per problem; none when the options are valid.</summary>
    public static List<string> Check(LogtoManagementOptions options)
    {
        var failures = CheckPipeline(options);
        if (options.TokenSource is null)
        {
            CheckCredentials(options, failures);
        }

        CheckDuration(Prefix, nameof(options.TokenLeeway), options.TokenLeeway, TimeSpan.Zero, MaximumTimeout, failures);
        return failures;
    }

    /// <summary>
    /// Checks what every client needs (the endpoint, retries, timeouts, buffer), not the machine-to-machine credentials;
    /// messages name the options class, such as <c>LogtoClientOptions.Endpoint</c>.
    /// </summary>
    public static List<string> CheckPipeline(LogtoClientOptions options)
    {
        var prefix = LogtoManagementSettings.OptionsNameOf(options) + ".";
        var failures = new List<string>();
        CheckEndpoint(prefix, options.Endpoint, failures);
        CheckRetries(prefix, options, failures);
        CheckDuration(prefix, nameof(options.AttemptTimeout), options.AttemptTimeout, MinimumTimeout, MaximumTimeout, failures);
        CheckDuration(prefix, nameof(options.TotalTimeout), options.TotalTimeout, MinimumTimeout, MaximumTimeout, failures);
        if (options.TotalTimeout < options.AttemptTimeout)
        {
            failures.Add($"{prefix}{nameof(options.TotalTimeout)} ({options.TotalTimeout}) must not be shorter than {prefix}{nameof(options.AttemptTimeout)} ({options.AttemptTimeout}).");
        }

        if (options.MaxResponseContentBufferSize is < MinimumResponseBuffer or > MaximumResponseBuffer)
        {
            failures.Add($"{prefix}{nameof(options.MaxResponseContentBufferSize)} ({options.MaxResponseContentBufferSize}) must be between {MinimumResponseBuffer} and {MaximumResponseBuffer} bytes.");
        }

        failures.AddRange(options.RateLimit?.FindProblems(prefix + nameof(options.RateLimit) + ".") ?? []);
        return failures;
    }

    private static void CheckEndpoint(string prefix, Uri? endpoint, List<string> failures)
    {
        var name = prefix + nameof(LogtoClientOptions.Endpoint);
        if (endpoint is null)
        {
            failures.Add($"{name} is required: the URL of your Logto, such as https://your-tenant.logto.app for Logto Cloud or https://auth.example.com for self-hosted Logto.");
        }
        else if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{name} must be an absolute http or https URL, such as https://your-tenant.logto.app.");
        }
        else if (endpoint.UserInfo.Length > 0)
        {
            failures.Add(prefix == Prefix
                ? $"{name} must not contain user information; set {Prefix}{nameof(LogtoManagementOptions.ClientId)} and {Prefix}{nameof(LogtoManagementOptions.ClientSecret)} instead."
                : $"{name} must not contain user information.");
        }
        else if (endpoint.Query.Length > 0 || endpoint.Fragment.Length > 0)
        {
            failures.Add($"{name} must not have a query or a fragment.");
        }
        else if (LogtoEndpoints.RootOf(endpoint) is { } root)
        {
            failures.Add($"{name} ({endpoint}) must be the root URL of your Logto: use {root} (the client adds /api/... and /oidc/token itself).");
        }
    }

    private static void CheckCredentials(LogtoManagementOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{Prefix}{nameof(options.ClientId)} is required: the app id of a machine-to-machine application with access to the Logto Management API (or set {Prefix}{nameof(options.TokenSource)}).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"{Prefix}{nameof(options.ClientSecret)} is required: the app secret of the machine-to-machine application (or set {Prefix}{nameof(options.TokenSource)}).");
        }

        if (string.IsNullOrWhiteSpace(options.Resource) && options.Endpoint is { IsAbsoluteUri: true } endpoint && LogtoEndpoints.CloudResource(endpoint) is null)
        {
            failures.Add($"{Prefix}{nameof(options.Resource)} is required because {Prefix}{nameof(options.Endpoint)} (host {endpoint.Host}) is not a Logto Cloud host (https://{{tenant}}.logto.app): use {LogtoManagementOptions.SelfHostedResource} for self-hosted Logto, or https://{{tenant}}.logto.app/api for a Logto Cloud tenant behind a custom domain.");
        }
    }

    private static void CheckRetries(string prefix, LogtoClientOptions options, List<string> failures)
    {
        if (options.MaxRetryAttempts is < 0 or > 100)
        {
            failures.Add($"{prefix}{nameof(options.MaxRetryAttempts)} ({options.MaxRetryAttempts}) must be between 0 (no retries) and 100.");
        }

        CheckDuration(prefix, nameof(options.RetryBaseDelay), options.RetryBaseDelay, TimeSpan.Zero, MaximumTimeout, failures);
        CheckDuration(prefix, nameof(options.MaxRetryDelay), options.MaxRetryDelay, TimeSpan.Zero, MaximumTimeout, failures);
        if (options.MaxRetryDelay < options.RetryBaseDelay)
        {
            failures.Add($"{prefix}{nameof(options.MaxRetryDelay)} ({options.MaxRetryDelay}) must not be shorter than {prefix}{nameof(options.RetryBaseDelay)} ({options.RetryBaseDelay}).");
        }
    }

    private static void CheckDuration(string prefix, string option, TimeSpan value, TimeSpan minimum, TimeSpan maximum, List<string> failures)
    {
        if (value < minimum || value > maximum)
        {
            failures.Add($"{prefix}{option} ({value}) must be between {minimum} and {maximum}.");
        }
    }
}
