using System.Globalization;
using CineRadar.Api.Security;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using Microsoft.Extensions.Options;

namespace CineRadar.Api.Exports;

/// <summary>
/// Each key's exports per WIB day, counted in the store (<see cref="IExportUseStore"/>) so that every replica counts
/// against one quota: <see cref="ExportOptions.ExportsPerKeyPerDay"/> for a B2B key,
/// <see cref="ExportOptions.AdminSiteExportsPerDay"/> for the Admin site's.
/// </summary>
internal sealed class ExportQuota(IExportUseStore uses, IOptions<ExportOptions> options, TimeProvider clock)
{
    private const string AdminSiteKeyId = "service:" + CallerKinds.AdminServiceName;

    /// <summary>The daily quota of the key with this id.</summary>
    public int LimitFor(string keyId) =>
        keyId == AdminSiteKeyId ? options.Value.AdminSiteExportsPerDay : options.Value.ExportsPerKeyPerDay;

    /// <summary>Counts an export of the caller today; null when counted, the refusal when the day's quota is used up.</summary>
    public async Task<IResult?> TryStartAsync(Caller caller, CancellationToken cancellationToken)
    {
        var limit = LimitFor(caller.KeyId);
        if (await uses.TryCountExportAsync(caller.KeyId, clock.Today(), limit, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var seconds = Math.Max(1, (int)Math.Ceiling((IndonesianClock.BusinessDayBounds(clock.Today()).End - now).TotalSeconds));
        return new QuotaRefusal(seconds, $"This key's {limit} exports of today (WIB) are used up; the quota starts again at 00:00 WIB, in {seconds} s.");
    }

    /// <summary>Adds the rows an export wrote to the caller's day; an export that ends after midnight counts on the day it started.</summary>
    public Task AddRowsAsync(Caller caller, DateOnly day, long rows) => uses.AddRowsAsync(caller.KeyId, day, rows, CancellationToken.None);

    private sealed class QuotaRefusal(int retryAfterSeconds, string detail) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(httpContext);
        }
    }
}
