using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore;

/// <summary>Checks the webhook options when the host starts; messages never contain a key.</summary>
internal sealed class LogtoWebhookOptionsValidator : IValidateOptions<LogtoWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, LogtoWebhookOptions options)
    {
        var failures = new List<string>();
        if (options.SigningKeys is not { Count: > 0 })
        {
            failures.Add("LogtoWebhookOptions.SigningKeys needs at least one signing key (Logto:Webhooks:SigningKeys:0): the hook's signing key from Logto's console or POST /api/hooks.");
        }
        else if (options.SigningKeys.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("LogtoWebhookOptions.SigningKeys holds an empty key.");
        }

        if (options.MaxBodySize <= 0)
        {
            failures.Add("LogtoWebhookOptions.MaxBodySize must be positive.");
        }

        if (options.DuplicateWindow < TimeSpan.Zero)
        {
            failures.Add("LogtoWebhookOptions.DuplicateWindow must not be negative.");
        }

        if (options.HandlerTimeout <= TimeSpan.Zero)
        {
            failures.Add("LogtoWebhookOptions.HandlerTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
