namespace Sailplan.Core.Facts;

/// <summary>
/// The additive statistics of a set of contacts: one rollup cell (a local day x unit x channel x queue), or
/// the sum of many. Every field is a count or a sum, so cells for any period and slice add up to the same
/// totals as the raw rows would give; the KPI engine needs nothing else. Durations are whole seconds.
/// </summary>
public sealed class ContactTotals
{
    public long Offered { get; set; }
    public long Answered { get; set; }
    public long Abandoned { get; set; }
    public long Transferred { get; set; }

    /// <summary>Answered contacts whose export says whether they were resolved.</summary>
    public long ResolvedKnown { get; set; }
    public long Resolved { get; set; }

    /// <summary>Answered contacts with a customer id: the ones whose repeat status can be known.</summary>
    public long AnsweredWithCustomer { get; set; }

    /// <summary>Of those, the ones followed by another contact of the same customer within the repeat window.</summary>
    public long Repeated { get; set; }

    /// <summary>Talk + hold + wrap of answered contacts: n = <see cref="Answered"/>, Σx, Σx².</summary>
    public long HandleSum { get; set; }
    public long HandleSumOfSquares { get; set; }

    /// <summary>Wait of answered contacts: n = <see cref="Answered"/>, Σx, Σx².</summary>
    public long WaitSum { get; set; }
    public long WaitSumOfSquares { get; set; }

    /// <summary>Counts per <see cref="DurationBuckets"/> bucket.</summary>
    public long[] HandleHistogram { get; } = new long[DurationBuckets.Count];
    public long[] WaitAnsweredHistogram { get; } = new long[DurationBuckets.Count];
    public long[] WaitAbandonedHistogram { get; } = new long[DurationBuckets.Count];

    /// <summary>Counts one contact. <paramref name="repeated"/>: its customer contacted again within the repeat window.</summary>
    public void Add(Contact contact, bool repeated)
    {
        Offered++;
        if (!contact.IsAnswered)
        {
            Abandoned++;
            WaitAbandonedHistogram[DurationBuckets.IndexOf(contact.WaitSeconds)]++;
            return;
        }

        Answered++;
        if (contact.Transferred)
        {
            Transferred++;
        }

        if (contact.Resolved is { } resolved)
        {
            ResolvedKnown++;
            Resolved += resolved ? 1 : 0;
        }

        if (!string.IsNullOrEmpty(contact.CustomerId))
        {
            AnsweredWithCustomer++;
            Repeated += repeated ? 1 : 0;
        }

        long handle = contact.HandleSeconds, wait = contact.WaitSeconds;
        HandleSum += handle;
        HandleSumOfSquares += handle * handle;
        WaitSum += wait;
        WaitSumOfSquares += wait * wait;
        HandleHistogram[DurationBuckets.IndexOf(contact.HandleSeconds)]++;
        WaitAnsweredHistogram[DurationBuckets.IndexOf(contact.WaitSeconds)]++;
    }

    public void Add(ContactTotals other)
    {
        Offered += other.Offered;
        Answered += other.Answered;
        Abandoned += other.Abandoned;
        Transferred += other.Transferred;
        ResolvedKnown += other.ResolvedKnown;
        Resolved += other.Resolved;
        AnsweredWithCustomer += other.AnsweredWithCustomer;
        Repeated += other.Repeated;
        HandleSum += other.HandleSum;
        HandleSumOfSquares += other.HandleSumOfSquares;
        WaitSum += other.WaitSum;
        WaitSumOfSquares += other.WaitSumOfSquares;
        for (var i = 0; i < DurationBuckets.Count; i++)
        {
            HandleHistogram[i] += other.HandleHistogram[i];
            WaitAnsweredHistogram[i] += other.WaitAnsweredHistogram[i];
            WaitAbandonedHistogram[i] += other.WaitAbandonedHistogram[i];
        }
    }
}
