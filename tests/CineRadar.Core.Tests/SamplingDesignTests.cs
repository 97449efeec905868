using CineRadar.Core.Sampling;
using CineRadar.Core.Sampling.Design;

namespace CineRadar.Core.Tests;

public sealed class SamplingDesignTests
{
    private static readonly DateOnly Date = new(2026, 1, 11);
    private static readonly DateTimeOffset Morning = DateTimeOffset.Parse("2026-01-10T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly SamplingRules Rules = new(SampleKinds.Default, ["t40", SampleKinds.Final], 0.1, SpareClose: true);

    /// <summary>Shows of two movies at three chains, at 13:00 and 19:00 (local), 10 a slot: 120 in all.</summary>
    private static List<SampledShowtime> Day()
    {
        var shows = new List<SampledShowtime>();
        foreach (var movie in new[] { "hit", "quiet" })
        {
            foreach (var chain in new[] { "XXI", "CGV", "Cinépolis" })
            {
                foreach (var time in new[] { "13:00", "19:00" })
                {
                    for (var i = 0; i < 10; i++)
                    {
                        var startsAt = DateTimeOffset.Parse($"2026-01-11T{time}:00+07:00", System.Globalization.CultureInfo.InvariantCulture);
                        shows.Add(new SampledShowtime($"{movie}-{chain}-{time}-{i}", Date, startsAt, time, movie, movie, $"t{i % 4}", "T", "c1", "C",
                            chain, "REGULAR 2D", 40_000, true));
                    }
                }
            }
        }

        return shows;
    }

    [Fact]
    public void ReadsThatCoverEveryKindReadEveryShowAsBefore()
    {
        var unlimited = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: null);
        var enough = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: 1_000);

        Assert.True(enough.Design.Census);
        Assert.Equal(120, enough.Design.Chosen.Count);
        Assert.Equal(unlimited.Samples.Select(s => s.DocumentId).Order(), enough.Samples.Select(s => s.DocumentId).Order());
        Assert.Equal(120 * 5, enough.Samples.Count);
    }

    [Fact]
    public void ReadsLeftOverAfterEveryPlannedKindGoToSpareCloseReadingsOnly()
    {
        var planned = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: null).Samples.Count(s => !s.Spare);

        var plan = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: planned + 30);

        Assert.True(plan.Design.Census);
        Assert.Equal(planned, plan.Samples.Count(s => !s.Spare));
        Assert.InRange(plan.Samples.Count(s => s.Spare), 15, 45);
    }

    [Fact]
    public void FewerReadsChooseShowsPerStratumWithTheDesignsKindsAndNeverPlanMoreThanAllowed()
    {
        var plan = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: 100, heat: s => s.MovieId == "hit" ? 4 : 1);

        Assert.False(plan.Design.Census);
        Assert.InRange(plan.Samples.Count, 80, 100);
        Assert.All(plan.Samples, s => Assert.Contains(s.Kind.Name, new[] { "t40", SampleKinds.Final, SampleKinds.Close }));
        Assert.DoesNotContain(plan.Samples, s => s.Spare);
        Assert.All(plan.Samples.GroupBy(s => s.Showtime.ShowtimeId), show => Assert.Contains(show, s => s.Kind.Name == SampleKinds.Final));
        // Every stratum is read at least twice; the hotter movie gets the larger share of its shows.
        Assert.Equal(12, plan.Design.Strata.Count);
        Assert.All(plan.Design.Strata.Values, s => Assert.True(s.Chosen >= SamplingDesign.MinimumPerStratum));
        double Share(string movie) => plan.Design.Strata.Where(s => s.Key.MovieId == movie).Sum(s => s.Value.Chosen) / 60.0;
        Assert.True(Share("hit") > 2 * Share("quiet"));
    }

    [Fact]
    public void TheChoiceIsStableAndShowsAlreadyReadStayChosen()
    {
        var first = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: 100);
        var again = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: 100);
        Assert.Equal(first.Design.Chosen.Order(), again.Design.Chosen.Order());

        var unchosen = Day().Select(s => s.ShowtimeId).First(id => !first.Design.Chosen.Contains(id));
        var later = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string> { unchosen + "_t40" }, readsLeft: 100);
        Assert.Contains(unchosen, later.Design.Chosen);
        Assert.Contains(later.Samples, s => s.DocumentId == unchosen + "_final");
        Assert.DoesNotContain(later.Samples, s => s.DocumentId == unchosen + "_t40");
    }

    [Fact]
    public void AVisitorsReadingDoesNotMakeAShowChosen()
    {
        var first = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: 100);
        var unchosen = Day().Select(s => s.ShowtimeId).First(id => !first.Design.Chosen.Contains(id));

        var later = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string> { $"{unchosen}_{SampleKinds.Visitor}" }, readsLeft: 100);

        Assert.DoesNotContain(unchosen, later.Design.Chosen);
    }

    [Fact]
    public void AllocationGivesTheMinimumFirstThenSharesByShowsTimesHeatWithinEachStratumsSize()
    {
        var strata = Day().GroupBy(Stratum.Of).ToDictionary(g => g.Key, g => g.ToList());

        var scarce = SamplingDesign.Allocate(strata, 10, _ => 1);
        var plenty = SamplingDesign.Allocate(strata, 200, _ => 1);
        var weighted = SamplingDesign.Allocate(strata, 60, s => s.Part == DayPart.Evening ? 3 : 1);

        Assert.Equal(10, scarce.Values.Sum());
        Assert.All(scarce.Values, n => Assert.InRange(n, 0, SamplingDesign.MinimumPerStratum));
        Assert.All(plenty.Values, n => Assert.Equal(10, n));
        Assert.Equal(60, weighted.Values.Sum());
        Assert.True(weighted.Where(w => w.Key.Part == DayPart.Evening).Sum(w => w.Value) > 2 * weighted.Where(w => w.Key.Part != DayPart.Evening).Sum(w => w.Value));
    }

    [Fact]
    public void CloseReadingsOpenAtDifferentMinutesOfTheirWindowSoTheyShowThePaceNearTheStart()
    {
        var closes = SamplePlanner.Plan(Day(), Rules, Morning, new HashSet<string>(), readsLeft: null).Samples
            .Where(s => s.Kind.Name == SampleKinds.Close)
            .Select(s => s.Showtime.StartsAt - s.OpensAt)
            .ToList();

        Assert.All(closes, before => Assert.InRange(before.TotalMinutes, 1.4, 3));
        Assert.True(closes.Max() - closes.Min() > TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData("09:30", DayPart.Morning)]
    [InlineData("14:59", DayPart.Morning)]
    [InlineData("15:00", DayPart.Afternoon)]
    [InlineData("18:15", DayPart.Evening)]
    [InlineData("21:00", DayPart.Late)]
    [InlineData("00:30", DayPart.Late)]
    [InlineData("04:00", DayPart.Morning)]
    [InlineData("", DayPart.Evening)]
    public void PartOfDayFollowsTheShowsLocalTime(string displayTime, DayPart part) => Assert.Equal(part, Stratum.PartOf(displayTime));
}
