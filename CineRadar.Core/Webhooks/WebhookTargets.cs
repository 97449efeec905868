using System.Net;

namespace CineRadar.Core.Webhooks;

/// <summary>
/// Whether a URL may be a webhook's target when it is created: absolute, https, a host name or a public address, no
/// user name or password in it. The host's addresses are checked again on every delivery.
/// </summary>
public static class WebhookTargets
{
    public const int MaxUrlLength = 2000;

    /// <summary>What is wrong with <paramref name="url"/>, or null when it may be a target.</summary>
    public static string? Problem(string? url, bool allowLocalTargets)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "A webhook needs a URL.";
        }

        if (url.Length > MaxUrlLength)
        {
            return $"A webhook URL has at most {MaxUrlLength} characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
        {
            return "The webhook URL is not an absolute https URL.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !allowLocalTargets)
        {
            return "The webhook URL must use https.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The webhook URL must not carry a user name or password.";
        }

        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            return "The webhook URL must not have a fragment.";
        }

        var host = uri.IdnHost.TrimEnd('.');
        if (!allowLocalTargets && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                                   || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)))
        {
            return "The webhook URL names this machine; CineRadar does not post to loopback addresses.";
        }

        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address)
            && WebhookAddressRules.RefusalOf(address) is { } refusal
            && !allowLocalTargets)
        {
            return $"The webhook URL names an address CineRadar does not post to: {refusal}.";
        }

        return null;
    }
}
