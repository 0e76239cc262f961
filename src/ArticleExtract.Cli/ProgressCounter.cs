using System.Diagnostics;
using System.Globalization;

namespace ArticleExtract.Cli;

/// <summary>
/// A "\rdone/total" counter on stderr, redrawn at most ten times a second, and only when stderr is a terminal
/// (a log file would fill with carriage returns).
/// </summary>
internal sealed class ProgressCounter(int total, CliContext context)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawn = long.MinValue / 2;
    private bool _drawn;

    public void Report(int done)
    {
        if (!context.ShowProgress || (done < total && _clock.ElapsedMilliseconds - _lastDrawn < 100))
        {
            return;
        }

        _lastDrawn = _clock.ElapsedMilliseconds;
        _drawn = true;
        context.Stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{done}/{total}"));
        context.Stderr.Flush();
    }

    public void Finish()
    {
        if (_drawn)
        {
            context.Stderr.WriteLine();
        }
    }
}
