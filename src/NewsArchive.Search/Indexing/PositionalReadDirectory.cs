using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace NewsArchive.Search.Indexing;

/// <summary>
/// The index folder, read with positional reads straight into Lucene's buffers. Lucene.Net 4.8.0-beta00017's
/// <see cref="NIOFSDirectory"/> reads through a <see cref="FileStream"/> under a lock (take the lock, seek, read
/// through the stream's own buffer, seek back): on a warm index that was four tenths of a search's time. A
/// positional read (<c>pread</c>) is one call, needs no lock and no seek, and many searches can share one open
/// file. Writing is left to <see cref="FSDirectory"/>. Not <see cref="MMapDirectory"/>: that crashes under
/// SearcherManager swaps on Linux.
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    /// <summary>
    /// Bytes read at a time: postings are read in blocks of 128 documents (a few hundred bytes), and skipping
    /// through a long list lands in the same few kilobytes more often than not.
    /// </summary>
    public const int ReadSize = 4096;

    /// <summary>
    /// Bytes read at a time from doc values (<c>.dvd</c>), which a search with many matches reads in document
    /// order (the date to sort by): a larger read serves many of those values at once, but every search copies a
    /// whole read per segment and field even for one value (docs/performance.md). Elsewhere reads land at random,
    /// and a bigger read only copies more.
    /// </summary>
    public const int DocValuesReadSize = 16384;

    private static int ReadSizeOf(string name) => name.EndsWith(".dvd", StringComparison.Ordinal) ? DocValuesReadSize : ReadSize;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new FileInput($"{nameof(PositionalReadDirectory)}(path=\"{path}\")", file, 0, RandomAccess.GetLength(file), ownsFile: true, ReadSizeOf(name));
    }

    // Compound files (small segments) are read as slices of one open file.
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }

    private sealed class Slicer(string path, SafeFileHandle file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new FileInput($"{nameof(PositionalReadDirectory)}({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length, ownsFile: false, ReadSizeOf(sliceDescription));

        [Obsolete("Only for reading compound files of Lucene 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Dispose();
        }
    }

    /// <summary>
    /// One file, or a slice of one, read at positions. Clones (one per search that reads the file) share the
    /// handle; only the input that opened it closes it, as Lucene expects.
    /// </summary>
    private sealed class FileInput(string description, SafeFileHandle file, long start, long length, bool ownsFile, int readSize)
        : BufferedIndexInput(description, readSize)
    {
        private bool _ownsFile = ownsFile;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int len)
        {
            var position = Position;
            if (position + len > length) throw new EndOfStreamException($"read past EOF: {this}");
            var target = new Span<byte>(b, offset, len);
            while (!target.IsEmpty)
            {
                var read = RandomAccess.Read(file, target, start + position);
                if (read <= 0) throw new EndOfStreamException($"read past EOF: {this} at {position}");
                position += read;
                target = target[read..];
            }
        }

        // Nothing to do: every read says where it reads from.
        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (FileInput)base.Clone();
            clone._ownsFile = false;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsFile) file.Dispose();
        }
    }
}
