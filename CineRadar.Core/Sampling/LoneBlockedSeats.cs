using CineRadar.Core.Stores;

namespace CineRadar.Core.Sampling;

/// <summary>
/// Blocked seats that <see cref="BlockedSeats"/> cannot see: those that change from show to show, or belong to a room
/// that plays once. A blocked seat usually stands alone among free ones; a sold seat stands alone less the emptier the
/// house (buyers come in groups, and alone only now and then). So across the day's first readings, the lone unavailable
/// seats per seat that the room rule did not already take out, set against the share of seats taken, meet the axis
/// (an empty house) near the share of seats blocked that way. The fit, on the emptier first readings weighted by their
/// seats, also catches lone buyers (it overstates the share when blocking is fixed per room), so it is not taken out of
/// admissions: it says how much lower the truth may be, and the intervals reach that far down.
/// </summary>
public static class LoneBlockedSeats
{
    /// <summary>First readings fuller than this say little about blocked seats (few seats can stand alone).</summary>
    public const double EmptyEnough = 0.1;

    private const int FewestReadings = 20;

    /// <summary>The share of seats blocked beyond the room rule's, and its standard error; zero when too few readings tell.</summary>
    public static (double Share, double StandardError) Estimate(IEnumerable<(SeatSampleSummary Reading, int RuleBlocked)> firstReadings)
    {
        double sw = 0, swx = 0, swy = 0, swxx = 0, swxy = 0;
        var points = new List<(double X, double Y, double W)>();
        foreach (var (reading, ruleBlocked) in firstReadings)
        {
            if (reading.Total <= 0 || reading.Available <= 0 || reading.UnavailableSeats.Length == 0)
            {
                continue;
            }

            var taken = (double)reading.Unavailable / reading.Total;
            if (taken > EmptyEnough)
            {
                continue;
            }

            var unavailable = Seats.SeatPositions.Parse(reading.UnavailableSeats);
            var lone = unavailable.Count(seat =>
            {
                var (left, right) = Seats.SeatPositions.Beside(seat);
                return !unavailable.Contains(left) && !unavailable.Contains(right);
            });
            var y = (double)Math.Max(0, lone - ruleBlocked) / reading.Total;
            double w = reading.Total;
            points.Add((taken, y, w));
            sw += w;
            swx += w * taken;
            swy += w * y;
            swxx += w * taken * taken;
            swxy += w * taken * y;
        }

        var determinant = (sw * swxx) - (swx * swx);
        if (points.Count < FewestReadings || determinant <= 0)
        {
            return (0, 0);
        }

        var slope = ((sw * swxy) - (swx * swy)) / determinant;
        var intercept = (swy - (slope * swx)) / sw;
        var residuals = points.Sum(p => p.W * Math.Pow(p.Y - intercept - (slope * p.X), 2)) / (points.Count - 2);
        var standardError = Math.Sqrt(residuals * swxx / determinant);
        return (Math.Max(0, intercept), standardError);
    }
}
