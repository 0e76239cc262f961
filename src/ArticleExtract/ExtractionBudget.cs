namespace ArticleExtract;

/// <summary>
/// The time one extraction may take, joined with the caller's cancellation: one token that the stages check, and
/// a way to tell afterwards whether the budget ran out or the caller cancelled.
/// </summary>
internal sealed class ExtractionBudget : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;

    /// <summary>Starts the clock.</summary>
    /// <param name="budget">The time allowed, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="caller">The caller's token.</param>
    public ExtractionBudget(TimeSpan budget, CancellationToken caller)
    {
        _caller = caller;
        _source = CancellationTokenSource.CreateLinkedTokenSource(caller);
        if (budget != Timeout.InfiniteTimeSpan)
        {
            _source.CancelAfter(budget);
        }
    }

    /// <summary>Cancelled when the budget runs out or the caller cancels.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the budget ran out (and the caller did not cancel).</summary>
    public bool Expired => _source.IsCancellationRequested && !_caller.IsCancellationRequested;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the budget ran out or the caller cancelled.</summary>
    public void Check() => _source.Token.ThrowIfCancellationRequested();

    /// <summary>Throws the caller's own <see cref="OperationCanceledException"/> when the caller cancelled.</summary>
    public void ThrowIfCallerCancelled() => _caller.ThrowIfCancellationRequested();

    public void Dispose() => _source.Dispose();
}
