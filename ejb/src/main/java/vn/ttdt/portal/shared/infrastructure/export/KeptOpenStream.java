package vn.ttdt.portal.shared.infrastructure.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets a workbook finish its zip without closing the caller's stream (a servlet response, say). */
public final class KeptOpenStream extends FilterOutputStream {

    public KeptOpenStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
