using Lucene.Net.Store;
using NewsArchive.Search.Indexing;

namespace NewsArchive.Search.Tests.Indexing;

/// <summary>
/// The index is read with positional reads: every byte must come back from where Lucene asks, across buffer
/// refills, from clones read in turn, and from slices of compound files.
/// </summary>
public sealed class PositionalReadDirectoryTests : IDisposable
{
    private const int Size = 3 * PositionalReadDirectory.ReadSize + 123;
    private const int DocValuesSize = 3 * PositionalReadDirectory.DocValuesReadSize + 45;
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("newsarchive-pread-");
    private readonly PositionalReadDirectory _directory;

    public PositionalReadDirectoryTests()
    {
        _directory = new PositionalReadDirectory(_folder);
        Write("bytes", Size);
        Write("_0.dvd", DocValuesSize); // doc values are read in bigger runs
    }

    private void Write(string name, int size)
    {
        using var output = _directory.CreateOutput(name, IOContext.DEFAULT);
        for (var i = 0; i < size; i++) output.WriteByte(ByteAt(i));
    }

    public void Dispose()
    {
        _directory.Dispose();
        _folder.Delete(recursive: true);
    }

    private static byte ByteAt(long position) => (byte)(position * 7 % 251);

    [Theory]
    [InlineData("bytes", Size)]
    [InlineData("_0.dvd", DocValuesSize)]
    public void Reads_every_byte_in_order_across_buffer_refills(string name, int size)
    {
        using var input = _directory.OpenInput(name, IOContext.DEFAULT);

        Assert.Equal(size, input.Length);
        for (var i = 0; i < size; i++) Assert.Equal(ByteAt(i), input.ReadByte());
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(PositionalReadDirectory.ReadSize - 3, 9)]
    [InlineData(2 * PositionalReadDirectory.ReadSize + 5, PositionalReadDirectory.ReadSize + 100)]
    [InlineData(Size - 4, 4)]
    public void Reads_a_run_of_bytes_from_where_it_seeks(long from, int count)
    {
        using var input = _directory.OpenInput("bytes", IOContext.DEFAULT);
        input.ReadByte();
        input.Seek(from);
        var read = new byte[count];

        input.ReadBytes(read, 0, count);

        Assert.Equal(Enumerable.Range(0, count).Select(i => ByteAt(from + i)), read);
        Assert.Equal(from + count, input.Position);
    }

    [Fact]
    public void A_clone_reads_on_its_own_and_outlives_nothing()
    {
        using var input = _directory.OpenInput("bytes", IOContext.DEFAULT);
        input.Seek(100);
        var clone = (IndexInput)input.Clone();
        clone.Seek(5000);

        Assert.Equal(ByteAt(5000), clone.ReadByte());
        Assert.Equal(ByteAt(100), input.ReadByte());
        clone.Dispose(); // a clone does not own the file: the original still reads
        Assert.Equal(ByteAt(101), input.ReadByte());
    }

    [Fact]
    public void A_slice_reads_its_own_range_only()
    {
        using var slicer = _directory.CreateSlicer("bytes", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("middle", 1000, 5000);

        Assert.Equal(5000, slice.Length);
        Assert.Equal(ByteAt(1000), slice.ReadByte());
        slice.Seek(4999);
        Assert.Equal(ByteAt(5999), slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
    }

    [Fact]
    public void Reading_past_the_end_is_an_error_not_zeros()
    {
        using var input = _directory.OpenInput("bytes", IOContext.DEFAULT);
        input.Seek(Size - 2);

        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[8], 0, 8));
    }
}
