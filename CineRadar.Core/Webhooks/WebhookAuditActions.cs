namespace CineRadar.Core.Webhooks;

/// <summary>The audit trail's words for webhook commands.</summary>
public static class WebhookAuditActions
{
    public const string Create = "webhook.create";
    public const string Delete = "webhook.delete";
    public const string Test = "webhook.test";
}
