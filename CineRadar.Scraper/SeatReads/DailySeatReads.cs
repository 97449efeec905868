using CineRadar.Core.Operations;
using CineRadar.Core.Sampling;
using CineRadar.Core.Stores;
using CineRadar.Core.Time;
using CineRadar.Scraper.Seats;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.SeatReads;

/// <summary>
/// The one daily cap on logged-in seat-map reads, for every scraper process: each read is counted against the WIB day
/// (through Redis when present, never below the day's record in the store, which each read raises), visitors' reads
/// spend only their reserve and every other read only the rest, and a halted day (TIX looked like it was blocking the
/// account) refuses every read until an operator resumes it.
/// </summary>
public sealed class DailySeatReads(
    ISeatReadCounter counter,
    ISeatReadStore store,
    IAlertStore alerts,
    IOptions<SamplingOptions> options,
    TimeProvider clock,
    ILogger<DailySeatReads> logger)
{
    public const string CapReached = "daily cap reached";
    public const string Halted = "sampling halted";
    public const string BlockAlertCode = SeatReadHalt.AlertCode;
    public const string BlockAlertSubject = SeatReadHalt.AlertSubject;

    /// <summary>How long the day's record read from the store is trusted: another replica's halt or an operator's resume is seen within it.</summary>
    public static readonly TimeSpan StoreRefreshInterval = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private (SeatReadDay Day, DateTimeOffset ReadAt)? _stored;

    public SeatReadCap Cap => options.Value.ResolveSeatReadCap();

    /// <summary>Takes one read for <paramref name="purpose"/>: false when the day's cap for it is spent or sampling is halted.</summary>
    public async Task<bool> TryTakeAsync(SeatReadPurpose purpose, CancellationToken cancellationToken = default) =>
        await TakeAsync(purpose, cancellationToken) is null;

    /// <summary>Takes one read for <paramref name="purpose"/>; null when taken, otherwise why not (<see cref="CapReached"/> or <see cref="Halted"/>).</summary>
    public async Task<string?> TakeAsync(SeatReadPurpose purpose, CancellationToken cancellationToken = default)
    {
        var day = clock.Today();
        var stored = await StoredAsync(day, cancellationToken);
        if (stored.IsHalted)
        {
            return Halted;
        }

        var (taken, used) = await counter.TryTakeAsync(day, purpose, Cap.LimitFor(purpose), Floor(stored, purpose), cancellationToken);
        if (!taken)
        {
            return CapReached;
        }

        Remember(day, purpose, used);
        await RecordAsync(day, purpose, used, cancellationToken);
        return null;
    }

    /// <summary>How many reads <paramref name="purpose"/> may still take today: 0 while halted, null when there is no cap.</summary>
    public async Task<long?> RemainingAsync(SeatReadPurpose purpose, CancellationToken cancellationToken = default) =>
        (await TodayAsync(cancellationToken)).Remaining(purpose);

    /// <summary>Today's reads against the cap, and the halt if there is one.</summary>
    public async Task<SeatReadUse> TodayAsync(CancellationToken cancellationToken = default)
    {
        var day = clock.Today();
        var stored = await StoredAsync(day, cancellationToken);
        var design = await counter.UsedAsync(day, SeatReadPurpose.Design, stored.DesignUsed, cancellationToken);
        var visitor = await counter.UsedAsync(day, SeatReadPurpose.Visitor, stored.VisitorUsed, cancellationToken);
        return SeatReadUse.Of(stored with { DesignUsed = design, VisitorUsed = visitor }, Cap);
    }

    /// <summary>
    /// Stops every logged-in seat read for the rest of the WIB day, in the store (so every replica and a restart keep
    /// to it), and raises the critical <see cref="BlockAlertCode"/> alert saying what was seen.
    /// </summary>
    public async Task HaltAsync(string seen, CancellationToken cancellationToken = default)
    {
        var day = clock.Today();
        var now = clock.GetUtcNow();
        var halted = await store.HaltAsync(day, now, seen, cancellationToken);
        Forget();
        if (!halted)
        {
            return;
        }

        logger.LogCritical("Seat sampling halted for {Day}: {Seen}", day, seen);
        await alerts.RaiseAsync(BlockAlertCode, BlockAlertSubject, AlertSeverity.Critical,
            $"TIX looks like it is blocking the logged-in account: {seen}. Seat sampling is halted for the rest of {day:yyyy-MM-dd} (WIB): "
            + "no logged-in seat map is read until an operator resumes sampling on the Admin control page. "
            + "CineRadar never switches to another TIX account to get round a block.",
            cancellationToken);
    }

    /// <summary>Lifts today's halt and resolves its alert; false when there was none.</summary>
    public async Task<bool> ResumeAsync(CancellationToken cancellationToken = default)
    {
        var resumed = await store.ResumeAsync(clock.Today(), cancellationToken);
        Forget();
        await alerts.ResolveAsync(BlockAlertCode, BlockAlertSubject, cancellationToken);
        return resumed;
    }

    private static long Floor(SeatReadDay stored, SeatReadPurpose purpose) =>
        purpose == SeatReadPurpose.Visitor ? stored.VisitorUsed : stored.DesignUsed;

    private async Task<SeatReadDay> StoredAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_stored is { } s && s.Day.Date == day && now - s.ReadAt < StoreRefreshInterval)
            {
                return s.Day;
            }
        }

        var read = await store.GetAsync(day, cancellationToken);
        lock (_gate)
        {
            _stored = (read, now);
        }

        return read;
    }

    /// <summary>Keeps this process's own count in the remembered floor, so a Redis flush cannot count below it.</summary>
    private void Remember(DateOnly day, SeatReadPurpose purpose, long used)
    {
        lock (_gate)
        {
            if (_stored is { } s && s.Day.Date == day)
            {
                _stored = (purpose == SeatReadPurpose.Visitor
                    ? s.Day with { VisitorUsed = Math.Max(s.Day.VisitorUsed, used) }
                    : s.Day with { DesignUsed = Math.Max(s.Day.DesignUsed, used) }, s.ReadAt);
            }
        }
    }

    private void Forget()
    {
        lock (_gate)
        {
            _stored = null;
        }
    }

    /// <summary>Raises the day's record to the count; a store that cannot be written is logged and never stops a read.</summary>
    private async Task RecordAsync(DateOnly day, SeatReadPurpose purpose, long used, CancellationToken cancellationToken)
    {
        try
        {
            await store.RecordUsedAsync(
                day, purpose == SeatReadPurpose.Design ? used : 0, purpose == SeatReadPurpose.Visitor ? used : 0, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The day's seat-read count ({Used} {Purpose}) could not be written to the store", used, purpose.Word());
        }
    }
}
