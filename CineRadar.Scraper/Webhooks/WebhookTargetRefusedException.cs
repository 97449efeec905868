namespace CineRadar.Scraper.Webhooks;

/// <summary>A webhook target CineRadar does not post to: its host resolved to an address the rules refuse, or none.</summary>
public sealed class WebhookTargetRefusedException(string message) : Exception(message);
