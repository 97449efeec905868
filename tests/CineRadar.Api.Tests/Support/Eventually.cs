namespace CineRadar.Api.Tests.Support;

/// <summary>Waiting on a condition that another process or a background task makes true, with a generous deadline.</summary>
public static class Eventually
{
    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
