using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Configuration;

/// <summary>Refuses <see cref="TixOptions"/> that cannot work, naming each setting, when the host starts.</summary>
public sealed class TixOptionsValidation : IValidateOptions<TixOptions>
{
    public ValidateOptionsResult Validate(string? name, TixOptions options)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(options.DisplayTimeZone))
        {
            problems.Add($"Tix:DisplayTimeZone must be City or Wib, not '{options.DisplayTimeZone}'.");
        }

        if (options.AccessTokenLifetime <= TimeSpan.Zero)
        {
            problems.Add($"Tix:AccessTokenLifetime ({options.AccessTokenLifetime}) must be positive.");
        }

        if (options.RefreshTokenLifetime <= TimeSpan.Zero)
        {
            problems.Add($"Tix:RefreshTokenLifetime ({options.RefreshTokenLifetime}) must be positive.");
        }

        if (options.TokenLeaseDuration <= TimeSpan.Zero)
        {
            problems.Add($"Tix:TokenLeaseDuration ({options.TokenLeaseDuration}) must be positive.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
