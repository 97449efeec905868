using System.Text;

namespace CineRadar.Api.Tests.Support;

/// <summary>A request the fuzz sends; <see cref="Body"/> is null for none, <see cref="Headers"/> are sent besides the client's own.</summary>
public sealed record FuzzRequest(string Method, string Url, byte[]? Body, string? ContentType)
{
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Url, UriKind.Relative));
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        return message;
    }

    public override string ToString() =>
        $"{Method} {Shorten(Url)}{string.Concat(Headers.Select(h => $" [{h.Name}: {Shorten(h.Value)}]"))}" +
        (Body is null ? "" : $" ({ContentType}) {Shorten(Encoding.UTF8.GetString(Body))}");

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}

/// <summary>
/// The requests that try one operation: each parameter and each body field with every hostile value while the others
/// keep good values, whole hostile bodies, and mixtures drawn from a seeded random source (the same on every run).
/// </summary>
/// <param name="goodValues">A value that names something real, by parameter name (ids in paths).</param>
/// <param name="plausibleJson">Body field values a real caller sends (a run kind, a city id, today, a latitude).</param>
public sealed class FuzzPlan(IReadOnlyDictionary<string, string> goodValues, IReadOnlyList<string> plausibleJson, int seed)
{
    private const int Mixtures = 25;

    private readonly Random _random = new(seed);

    public IReadOnlyList<FuzzRequest> For(ApiOperation operation)
    {
        var requests = new List<FuzzRequest> { Request(operation, [], operation.TakesBody ? "{}" : null) };
        foreach (var parameter in operation.Parameters)
        {
            requests.AddRange(HostileValues.Texts.Select(text => Request(operation, [(parameter, Uri.EscapeDataString(text))], BodyFor(operation))));
            requests.AddRange(HostileValues.RawEscapes.Select(raw => Request(operation, [(parameter, raw)], BodyFor(operation))));
        }

        foreach (var field in operation.BodyProperties ?? [])
        {
            requests.AddRange(HostileValues.JsonValues.Select(value => Request(operation, [], BodyFor(operation, (field, value)))));
        }

        if (operation.TakesBody)
        {
            requests.AddRange(HostileValues.Bodies.Select(body => Request(operation, [], body.Body, body.ContentType)));
        }

        for (var i = 0; i < (operation.Parameters.Count > 0 || operation.TakesBody ? Mixtures : 0); i++)
        {
            var values = operation.Parameters.Where(_ => _random.Next(2) == 0).Select(p => (p, RandomParameterValue())).ToList();
            requests.Add(Request(operation, values, operation.TakesBody ? RandomBody(operation.BodyProperties!) : null));
        }

        return requests;
    }

    private FuzzRequest Request(ApiOperation operation, IReadOnlyList<(ApiParameter Parameter, string Value)> values, string? body) =>
        Request(operation, values, body is null ? null : Encoding.UTF8.GetBytes(body), "application/json");

    private FuzzRequest Request(ApiOperation operation, IReadOnlyList<(ApiParameter Parameter, string Value)> values, byte[]? body, string contentType)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var value = values.Where(v => v.Parameter == parameter).Select(v => v.Value).FirstOrDefault() ?? goodValues.GetValueOrDefault(parameter.Name, "unknown1");
            path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
        }

        var query = string.Join('&', values.Where(v => v.Parameter.In == "query").Select(v => $"{Uri.EscapeDataString(v.Parameter.Name)}={v.Value}"));
        return new FuzzRequest(operation.Method, query.Length == 0 ? path : $"{path}?{query}", body, contentType);
    }

    /// <summary>A body of plausible values for the operation's fields, with <paramref name="hostile"/> in its field.</summary>
    private string? BodyFor(ApiOperation operation, (string Field, string Json)? hostile = null)
    {
        if (!operation.TakesBody)
        {
            return null;
        }

        var fields = operation.BodyProperties!.Select(f => (f, f == hostile?.Field ? hostile.Value.Json : plausibleJson[_random.Next(plausibleJson.Count)]));
        return Json(fields);
    }

    private string RandomBody(IReadOnlyList<string> properties)
    {
        var pool = plausibleJson.Concat(HostileValues.JsonValues).ToList();
        return Json(properties.Where(_ => _random.Next(5) < 3).Select(p => (p, pool[_random.Next(pool.Count)])));
    }

    private string RandomParameterValue() =>
        _random.Next(10) == 0
            ? HostileValues.RawEscapes[_random.Next(HostileValues.RawEscapes.Count)]
            : Uri.EscapeDataString(HostileValues.Texts[_random.Next(HostileValues.Texts.Count)]);

    private static string Json(IEnumerable<(string Field, string Value)> fields) =>
        "{" + string.Join(',', fields.Select(f => $"\"{f.Field}\":{f.Value}")) + "}";
}
