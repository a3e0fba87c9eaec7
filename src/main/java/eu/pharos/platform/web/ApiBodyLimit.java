package eu.pharos.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of API requests other than uploads (those have the multipart limits). A body over
 * the limit fails when it is read, declared length or not, and {@link ApiExceptionHandler} answers
 * 413.
 */
@Component
class ApiBodyLimit extends OncePerRequestFilter {

  private final long maxBytes;

  ApiBodyLimit(@Value("${pharos.api.max-body-size:1MB}") DataSize maxSize) {
    this.maxBytes = maxSize.toBytes();
  }

  long maxBytes() {
    return maxBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !ApiPaths.matches(request)
        || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new LimitedRequest(request, maxBytes), response);
  }

  /** Raised while reading a body over the limit. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge() {
      super("request body over the limit");
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long maxBytes;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), maxBytes, getContentLengthLong());
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private final boolean declaredTooLarge;
    private long read;

    LimitedStream(ServletInputStream in, long maxBytes, long declaredLength) {
      this.in = in;
      this.maxBytes = maxBytes;
      this.declaredTooLarge = declaredLength > maxBytes;
    }

    @Override
    public int read() throws IOException {
      check(0);
      int b = in.read();
      if (b >= 0) {
        check(++read);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      check(0);
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        read += n;
        check(read);
      }
      return n;
    }

    private void check(long count) throws BodyTooLarge {
      if (declaredTooLarge || count > maxBytes) {
        throw new BodyTooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
