using System.Text.Json;

namespace CineRadar.Admin.Services;

/// <summary>The Api's JSON: camelCase web defaults.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
