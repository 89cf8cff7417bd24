using Microsoft.AspNetCore.Http.Features;

namespace NewsArchive.Web.Http;

/// <summary>
/// HEAD answered wherever GET is (RFC 9110 §9.3.2): the request runs as a GET, so it gets the same status and headers
/// (the cached page, its ETag and Cache-Control), and the body is counted instead of sent, so Content-Length says
/// what a GET would carry. MVC routes by method, so without this every page would answer HEAD with 405.
/// </summary>
internal sealed class HeadRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var counter = new CountingStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(counter, original));
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
            // Nothing has gone out yet (the body went to the counter): the length of what GET would send.
            var response = context.Response;
            if (!response.HasStarted && response.ContentLength is null && response.Headers.TransferEncoding.Count == 0
                && counter.Length > 0)
                response.ContentLength = counter.Length;
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Features.Set(original);
        }
    }

    /// <summary>A write-only stream that keeps only the number of bytes written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
