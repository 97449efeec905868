namespace CineRadar.TixSandbox;

/// <summary>The sandbox's settings, bound from the <c>Sandbox</c> section.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Port of the imitation of app.tix.id (the web app); 0 picks a free port on 127.0.0.1.</summary>
    public int AppPort { get; set; } = 5180;

    /// <summary>Port of the imitation of api-b2b.tix.id (the JSON API); 0 picks a free port on 127.0.0.1.</summary>
    public int ApiPort { get; set; } = 5181;

    /// <summary>Everything the sandbox generates is a function of this seed and the WIB date.</summary>
    public long Seed { get; set; } = 20260110;

    /// <summary>The TIX account the sandbox accepts at its login page.</summary>
    public DemoAccountOptions DemoAccount { get; set; } = new();

    public CatalogOptions Catalog { get; set; } = new();

    public SalesOptions Sales { get; set; } = new();

    /// <summary>How a day changes after it is generated: shows added, moved and cancelled during the day.</summary>
    public ChangesOptions Changes { get; set; } = new();

    public TokenOptions Tokens { get; set; } = new();

    public AppOptions App { get; set; } = new();

    public SandboxGeocoderOptions Geocoder { get; set; } = new();

    /// <summary>Origins besides the sandbox's own app origin that the API answers CORS requests for.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    /// <summary>The clock's starting offset and speed (see <see cref="SandboxClock"/>).</summary>
    public ClockOptions Clock { get; set; } = new();

    /// <summary>Which contract the API and the app speak for the details the reference does not record.</summary>
    public ContractOptions Contract { get; set; } = new();

    internal void Validate()
    {
        Require(AppPort is >= 0 and <= 65535 && ApiPort is >= 0 and <= 65535, "ports must be between 0 and 65535");
        Require(AppPort == 0 || AppPort != ApiPort, "the app and the API need two different ports");
        Require(Catalog.PresaleDays is >= 0 and <= 14, "Catalog:PresaleDays must be between 0 and 14");
        Require(Catalog.SchedulePageSize is >= 1 and <= 100, "Catalog:SchedulePageSize must be between 1 and 100");
        Require(Sales.HouseLockShare is >= 0 and <= 1, "Sales:HouseLockShare must be between 0 and 1");
        Require(Sales.BlockedSeatShare is >= 0 and <= 0.5, "Sales:BlockedSeatShare must be between 0 and 0.5");
        Require(Changes.AddedShare is >= 0 and <= 0.5, "Changes:AddedShare must be between 0 and 0.5");
        Require(Changes.MovedShare is >= 0 and <= 0.5, "Changes:MovedShare must be between 0 and 0.5");
        Require(Changes.CancelledShare is >= 0 and <= 0.5, "Changes:CancelledShare must be between 0 and 0.5");
        Require(Tokens.Secret.Length >= 16, "Tokens:Secret must have at least 16 characters");
        Require(Clock.Speed > 0, "Clock:Speed must be positive");
        Require(Geocoder.NoResultShare + Geocoder.WrongCityShare <= 1, "the geocoder's shares add up to more than 1");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Invalid sandbox settings: {message}.");
        }
    }
}

public sealed class DemoAccountOptions
{
    public string Phone { get; set; } = "+6281200000077";

    public string Password { get; set; } = "sandbox-demo-pass";
}

public sealed class CatalogOptions
{
    /// <summary>Adds a fourth chain (FLIX, nested layouts) with a dozen theatres in large cities.</summary>
    public bool FourthChain { get; set; }

    /// <summary>How many days after today the schedules answer (presale days).</summary>
    public int PresaleDays { get; set; } = 3;

    /// <summary>Theatres per schedules page.</summary>
    public int SchedulePageSize { get; set; } = 10;
}

public sealed class SalesOptions
{
    /// <summary>Share of showtimes whose whole house shows unavailable from about 35 minutes before the start.</summary>
    public double HouseLockShare { get; set; } = 0.15;

    /// <summary>How long before the start a house lock begins (a few minutes of jitter are added per showtime).</summary>
    public TimeSpan HouseLockLead { get; set; } = TimeSpan.FromMinutes(35);

    /// <summary>Share of seats blocked (status 6) without being sold.</summary>
    public double BlockedSeatShare { get; set; } = 0.003;

    /// <summary>When a show's tickets are bought (<see cref="SalesModel"/>).</summary>
    public SalesModel Model { get; set; } = SalesModel.Standard;

    /// <summary>Whether blocked seats belong to the room or are drawn per show (<see cref="SeatBlocking"/>).</summary>
    public SeatBlocking Blocking { get; set; } = SeatBlocking.Room;
}

/// <summary>When a show's tickets are bought; every model keeps the same final demand before walk-ins.</summary>
public enum SalesModel
{
    /// <summary>Sales open 30 hours before the start: 12 % linear, 88 % on a convex curve (x^3..x^6), no walk-ins.</summary>
    Standard,

    /// <summary>About 40 % (35-45 % per show) of the tickets bought in the last 15 minutes, plus walk-ins.</summary>
    LateRush,

    /// <summary>60-75 % of the tickets bought before the show's WIB date begins, then a slower trickle, plus walk-ins.</summary>
    PresaleWeekend,
}

/// <summary>Which seats are blocked without being sold.</summary>
public enum SeatBlocking
{
    /// <summary>The room's: the same seats in every show of the room.</summary>
    Room,

    /// <summary>Drawn per show: another set, and another count around the same share, in each show.</summary>
    Show,
}

/// <summary>Shares are of the day's generated shows; which shows change, and when, is a function of the seed and the date.</summary>
public sealed class ChangesOptions
{
    /// <summary>Off by default: every generated day then stays as generated.</summary>
    public bool Enabled { get; set; }

    /// <summary>Extra shows announced during the day, mostly evening shows of hits.</summary>
    public double AddedShare { get; set; } = 0.03;

    /// <summary>Shows moved to another start (same id) during the day.</summary>
    public double MovedShare { get; set; } = 0.01;

    /// <summary>Shows cancelled during the day (their tickets refunded).</summary>
    public double CancelledShare { get; set; } = 0.01;
}

public sealed class TokenOptions
{
    /// <summary>The HS256 key the sandbox signs its JWTs with.</summary>
    public string Secret { get; set; } = "cineradar-tix-sandbox-signing-key";

    public TimeSpan AccessLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RefreshLifetime { get; set; } = TimeSpan.FromDays(91);

    public TimeSpan GuestLifetime { get; set; } = TimeSpan.FromHours(24);
}

public sealed class AppOptions
{
    /// <summary>How long after load the app's pages finish rendering (the Flutter app needs about a second).</summary>
    public int RenderDelayMilliseconds { get; set; } = 1000;

    /// <summary>The value the app sends in its <c>x-app-version</c> header.</summary>
    public string Version { get; set; } = "5.12.0-web";
}

public sealed class SandboxGeocoderOptions
{
    /// <summary>Share of theatres the geocoder finds nothing for.</summary>
    public double NoResultShare { get; set; } = 0.05;

    /// <summary>Share of theatres the geocoder places in another city.</summary>
    public double WrongCityShare { get; set; } = 0.02;

    /// <summary>Nominatim's usage policy, enforced loosely per client: sustained rate and burst. 0 turns it off.</summary>
    public double RequestsPerSecond { get; set; } = 1;

    public int Burst { get; set; } = 5;
}

public sealed class ContractOptions
{
    /// <summary>0: today's contract; any other value: a drifted one drawn from it (<see cref="Contracts.SandboxContract.For"/>).</summary>
    public long Seed { get; set; }
}

public sealed class ClockOptions
{
    public TimeSpan Offset { get; set; } = TimeSpan.Zero;

    public double Speed { get; set; } = 1;
}
