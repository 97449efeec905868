using CineRadar.Core.Tix;

namespace CineRadar.Scraper.Tokens;

/// <summary>Logs in to the TIX web app the way a person does, and returns the tokens the app stored.</summary>
public interface IBrowserLogin
{
    Task<TixTokenGrant> LoginAsync(string phone, string password, CancellationToken cancellationToken);
}

/// <summary>The browser login did not end with tokens in the app's storage.</summary>
public sealed class TixLoginException(string message, Exception? inner = null) : Exception(message, inner);
