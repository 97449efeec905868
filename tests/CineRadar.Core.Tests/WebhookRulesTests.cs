using System.Net;
using System.Text.Json.Nodes;
using CineRadar.Core.Operations;
using CineRadar.Core.Webhooks;

namespace CineRadar.Core.Tests;

public sealed class WebhookRulesTests
{
    [Theory]
    [InlineData("10.0.0.1", "private")]
    [InlineData("10.255.255.255", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.254", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("100.64.0.1", "shared (CGNAT)")]
    [InlineData("100.127.255.254", "shared (CGNAT)")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("169.254.0.1", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("::", "unspecified")]
    [InlineData("::1", "loopback")]
    [InlineData("fc00::1", "private")]
    [InlineData("fd12:3456:789a::1", "private")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fe80::1%2", "link-local")]
    [InlineData("febf::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("::ffff:192.168.0.1", "private")]
    [InlineData("::ffff:100.64.0.1", "shared (CGNAT)")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")]
    public void NonPublicAddressesAreRefused(string address, string what)
    {
        var refusal = WebhookAddressRules.RefusalOf(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.StartsWith(what + " (", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void PublicAddressesPass(string address)
    {
        Assert.True(WebhookAddressRules.IsPublic(IPAddress.Parse(address)), address);
    }

    [Theory]
    [InlineData(null, "needs a URL")]
    [InlineData("not a url", "not an absolute https URL")]
    [InlineData("ftp://hooks.example.com/x", "not an absolute https URL")]
    [InlineData("http://hooks.example.com/x", "must use https")]
    [InlineData("https://user:pw@hooks.example.com/x", "user name or password")]
    [InlineData("https://10.1.2.3/x", "private (10.0.0.0/8)")]
    [InlineData("https://[::1]/x", "loopback")]
    [InlineData("https://[::ffff:192.168.1.1]/x", "private")]
    [InlineData("https://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("https://localhost:5001/x", "loopback")]
    public void BadTargetsAreRefusedWithAClearMessage(string? url, string words)
    {
        var problem = WebhookTargets.Problem(url, allowLocalTargets: false);

        Assert.NotNull(problem);
        Assert.Contains(words, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalTargetsPassOnlyWithTheDevelopmentSetting()
    {
        Assert.Null(WebhookTargets.Problem("https://hooks.example.com/cineradar", allowLocalTargets: false));
        Assert.NotNull(WebhookTargets.Problem("http://127.0.0.1:5000/hook", allowLocalTargets: false));
        Assert.Null(WebhookTargets.Problem("http://127.0.0.1:5000/hook", allowLocalTargets: true));
        Assert.NotNull(WebhookTargets.Problem("ftp://127.0.0.1/hook", allowLocalTargets: true));
    }

    [Fact]
    public void SignatureVerifiesTheBodyAndTimeItSigned()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1_767_000_000);
        var header = WebhookSignature.Sign("whsec_test", """{"event":"test"}""", at);

        Assert.Equal("t=1767000000,v1=" + HmacHex("whsec_test", """1767000000.{"event":"test"}"""), header);
        Assert.True(WebhookSignature.Verify("whsec_test", """{"event":"test"}""", header, at.AddMinutes(4), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_test", """{"event":"tost"}""", header, at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_other", """{"event":"test"}""", header, at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_test", """{"event":"test"}""", header, at.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_test", """{"event":"test"}""", "v1=" + header.Split("v1=")[1], at, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void NewSecretsDiffer()
    {
        var secret = WebhookSignature.NewSecret();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(49, secret.Length);
        Assert.NotEqual(secret, WebhookSignature.NewSecret());
    }

    [Fact]
    public void RetriesBackOffByDoublingUpToTheCap()
    {
        var options = new WebhookOptions { FirstRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(5) };

        Assert.Equal(
            [30, 60, 120, 240, 300, 300],
            Enumerable.Range(1, 6).Select(n => WebhookBackoff.After(n, options).TotalSeconds));
        Assert.Throws<ArgumentOutOfRangeException>(() => WebhookBackoff.After(0, options));
        Assert.Equal(TimeSpan.FromMinutes(5), WebhookBackoff.After(500, options));
    }

    [Fact]
    public void PayloadsTakeEachFormatsShape()
    {
        var at = DateTimeOffset.Parse("2026-01-11T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var alert = new Alert("tix-login-failed:0812****", "tix-login-failed", "0812****", AlertSeverity.Critical, "Login failed", at, at, 1, null);
        var message = WebhookMessage.AlertRaised(alert);

        var slack = JsonNode.Parse(WebhookPayloads.Write(message, WebhookFormats.Slack))!.AsObject();
        Assert.Equal(["text"], slack.Select(p => p.Key));
        Assert.Equal("CineRadar critical: tix-login-failed (0812****): Login failed", (string?)slack["text"]);

        var teams = JsonNode.Parse(WebhookPayloads.Write(message, WebhookFormats.Teams))!;
        Assert.Equal("MessageCard", (string?)teams["@type"]);
        Assert.Equal("https://schema.org/extensions", (string?)teams["@context"]);
        Assert.Equal("Login failed", (string?)teams["text"]);
        Assert.Equal("D70000", (string?)teams["themeColor"]);

        var generic = JsonNode.Parse(WebhookPayloads.Write(message, WebhookFormats.Generic))!.AsObject();
        Assert.Equal(["event", "code", "subject", "severity", "message", "at"], generic.Select(p => p.Key));
        Assert.Equal("alert.raised", (string?)generic["event"]);
        Assert.Equal("critical", (string?)generic["severity"]);

        var day = JsonNode.Parse(WebhookPayloads.Write(WebhookMessage.DayPublished(new DateOnly(2026, 1, 11), "run-1", "partial", at), WebhookFormats.Generic))!.AsObject();
        Assert.Equal(["event", "message", "at", "date", "runId", "status"], day.Select(p => p.Key));
        Assert.Equal("2026-01-11", (string?)day["date"]);
    }

    [Fact]
    public void SameEventGivesTheSameDeliveryId()
    {
        var at = DateTimeOffset.UnixEpoch;
        Assert.Equal(
            WebhookOutbox.DeliveryId("wh-1", WebhookMessage.EstimatesFinal(new DateOnly(2026, 1, 11), at).Key),
            WebhookOutbox.DeliveryId("wh-1", WebhookMessage.EstimatesFinal(new DateOnly(2026, 1, 11), at.AddHours(1)).Key));
        Assert.NotEqual(
            WebhookOutbox.DeliveryId("wh-1", WebhookMessage.EstimatesFinal(new DateOnly(2026, 1, 11), at).Key),
            WebhookOutbox.DeliveryId("wh-2", WebhookMessage.EstimatesFinal(new DateOnly(2026, 1, 11), at).Key));
    }

    private static string HmacHex(string secret, string text) => Convert.ToHexStringLower(
        System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(text)));
}
