namespace CineRadar.Core.Sampling;

/// <summary>Which part of the daily cap a logged-in seat read spends.</summary>
public enum SeatReadPurpose
{
    /// <summary>The design's samples and operators' ad-hoc runs: the cap less the visitor reserve.</summary>
    Design,

    /// <summary>Readings a Public visitor's page asks for: the visitor reserve only.</summary>
    Visitor,
}

public static class SeatReadPurposes
{
    public static SeatReadPurpose Of(SampleKind kind) =>
        kind.Name == SampleKinds.Visitor ? SeatReadPurpose.Visitor : SeatReadPurpose.Design;

    /// <summary>The word a purpose is written as (Redis keys, logs, the Api).</summary>
    public static string Word(this SeatReadPurpose purpose) => purpose == SeatReadPurpose.Visitor ? "visitor" : "design";
}
