using System.Diagnostics;

namespace Sailplan.Bench;

/// <summary>
/// The memory figures of one run. The OS peak (Process.PeakWorkingSet64, VmHWM on Linux) covers the whole
/// process, so each ingest runs in a process of its own; the managed heap's peak is sampled every 50 ms,
/// since the GC reports only its current size; allocated bytes say how much garbage the run made.
/// </summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly Timer _timer;
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
    private long _peakHeap;

    public MemoryWatch()
    {
        _timer = new Timer(_ => Sample(), null, 0, 50);
    }

    public MemoryFigures Stop()
    {
        _timer.Dispose();
        Sample();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return new MemoryFigures(process.PeakWorkingSet64, Interlocked.Read(ref _peakHeap),
            GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart, info.HeapSizeBytes, GC.CollectionCount(2));
    }

    private void Sample()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        while (heap > (seen = Interlocked.Read(ref _peakHeap)) && Interlocked.CompareExchange(ref _peakHeap, heap, seen) != seen)
        {
        }
    }

    public void Dispose() => _timer.Dispose();
}

internal sealed record MemoryFigures(long PeakWorkingSet, long PeakManagedHeap, long Allocated, long HeapAfterLastGc, int Gen2Collections)
{
    public static string Mb(long bytes) => $"{bytes / 1048576.0:N0} MB";
}
