using System.Globalization;
using System.Text.Json;
using CineRadar.Core.Reference;
using CineRadar.Core.Time;
using CineRadar.Core.Tix;

namespace CineRadar.Scraper.Probe;

/// <summary>
/// Judges which zone TIX writes <c>display_time</c> in. Conclusive only in a city outside WIB whose showtimes carry an
/// instant beside <c>display_time</c> (an ISO time with its offset, or epoch seconds or milliseconds): the zone whose
/// clock reads <c>display_time</c> at that instant is the answer. Otherwise it says what it saw and stays "not seen".
/// </summary>
internal static class DisplayTimeEvidence
{
    public static AssumptionCheck Judge(ProbeEvidence evidence, DisplayTimeZoneRule configured)
    {
        const string subject = "display_time zone";
        var assumed = $"Tix:DisplayTimeZone = {configured}";
        var zone = evidence.ZoneCity.TimeZone;
        var (city, wib) = MatchInstants(evidence.ZoneSchedulesCall, zone);
        var seen = Described(evidence);
        if (zone == IndonesianTimeZone.Wib || city + wib == 0 || (city > 0 && wib > 0))
        {
            var why = zone == IndonesianTimeZone.Wib
                ? $"{evidence.ZoneCity.Name} is in WIB, where both rules agree"
                : city + wib == 0 ? $"no instant beside display_time in {evidence.ZoneCity.Name}'s showtimes" : "instants match both zones";
            return AssumptionCheck.Unseen(subject, assumed, $"{why}; {seen}");
        }

        var found = city > 0 ? DisplayTimeZoneRule.City : DisplayTimeZoneRule.Wib;
        var detail = $"{Math.Max(city, wib)} showtimes in {evidence.ZoneCity.Name} ({zone}) carry an instant whose {found} clock reads display_time; {seen}";
        return found == configured
            ? AssumptionCheck.Confirm(subject, assumed, detail)
            : AssumptionCheck.Differ(subject, assumed, $"{detail}: set Tix:DisplayTimeZone to {found}");
    }

    private static string Described(ProbeEvidence evidence)
    {
        var parts = new List<string>();
        if (evidence.SchedulePage is { } page && evidence.RenderedTimes is { } rendered)
        {
            var sent = page.Theatres.SelectMany(t => t.PriceGroups).SelectMany(g => g.Showtimes).Select(s => s.DisplayTime.Trim()).ToHashSet(StringComparer.Ordinal);
            var shown = sent.Count(rendered.Contains);
            parts.Add($"the app's page of {evidence.City.Name} shows {shown} of the {sent.Count} display_time values as sent");
        }

        if (evidence.ZoneSchedulePage is { } zonePage)
        {
            var times = zonePage.Theatres.SelectMany(t => t.PriceGroups).SelectMany(g => g.Showtimes).Select(s => s.DisplayTime.Trim()).Order(StringComparer.Ordinal).ToList();
            if (times.Count > 0)
            {
                parts.Add($"{evidence.ZoneCity.Name}'s display_time runs {times[0]}-{times[^1]}");
            }
        }

        return parts.Count == 0 ? "no schedules were read" : string.Join("; ", parts);
    }

    /// <summary>How many showtimes carry an instant read as display_time by the city's clock, and by WIB's.</summary>
    private static (int City, int Wib) MatchInstants(ObservedCall? schedules, IndonesianTimeZone zone)
    {
        var (city, wib) = (0, 0);
        if (schedules is not { Status: 200 })
        {
            return (0, 0);
        }

        try
        {
            using var document = JsonDocument.Parse(schedules.Body);
            foreach (var show in Showtimes(document.RootElement))
            {
                if (!show.TryGetProperty("display_time", out var display) || display.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                foreach (var instant in Instants(show))
                {
                    city += IndonesianClock.LocalTime(instant, zone) == display.GetString() ? 1 : 0;
                    wib += IndonesianClock.LocalTime(instant, IndonesianTimeZone.Wib) == display.GetString() ? 1 : 0;
                }
            }
        }
        catch (JsonException)
        {
        }

        return (city, wib);
    }

    private static IEnumerable<JsonElement> Showtimes(JsonElement root) =>
        Items(root, "data").SelectMany(d => Items(d, "theaters")).SelectMany(t => Items(t, "price_groups")).SelectMany(g => Items(g, "show_time"));

    private static IEnumerable<JsonElement> Items(JsonElement element, string key)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().ToList(),
            JsonValueKind.Object => [value],
            _ => [],
        };
    }

    private static IEnumerable<DateTimeOffset> Instants(JsonElement show)
    {
        foreach (var property in show.EnumerateObject().Where(p => !p.NameEquals("display_time")))
        {
            if (property.Value.ValueKind == JsonValueKind.String
                && property.Value.GetString() is { } text
                && text.Contains('T', StringComparison.Ordinal)
                && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal))
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                yield return parsed;
            }
            else if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt64(out var number))
            {
                if (number is > 1_000_000_000 and < 10_000_000_000)
                {
                    yield return DateTimeOffset.FromUnixTimeSeconds(number);
                }
                else if (number is > 1_000_000_000_000 and < 10_000_000_000_000)
                {
                    yield return DateTimeOffset.FromUnixTimeMilliseconds(number);
                }
            }
        }
    }
}
