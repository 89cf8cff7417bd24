using System.Diagnostics;

namespace NewsArchive.Testing;

/// <summary>
/// Waits for what a running site does in its own time (a file watcher's sync, a log line written after the
/// response): asks again every 100 ms, and fails naming what never came.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns once <paramref name="condition"/> holds; throws a <see cref="TimeoutException"/> if it still does not after <paramref name="timeout"/>.</summary>
    /// <param name="what">What is waited for, as the failure names it: "the new title on the article page".</param>
    public static Task TrueAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        TrueAsync(() => Task.FromResult(condition()), timeout, what);

    /// <inheritdoc cref="TrueAsync(Func{bool}, TimeSpan, string)"/>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {what}, in vain.");
            await Task.Delay(Pause);
        }
    }
}
