namespace CineRadar.WebComponents.Live;

/// <summary>One server-sent event: its type and its one line of data.</summary>
public sealed record LiveEvent(string Type, string Data)
{
    /// <summary>What is watched changed; the data says to what (a data version, a run's stamp).</summary>
    public const string Change = "change";

    /// <summary>Nothing more will change (a finished run): the page takes its last figures and closes the stream.</summary>
    public const string End = "end";
}
