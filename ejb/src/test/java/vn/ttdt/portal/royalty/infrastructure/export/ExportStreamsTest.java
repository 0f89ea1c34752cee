package vn.ttdt.portal.royalty.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The writers leave the caller's stream open (a servlet response is closed by the container). */
class ExportStreamsTest {

    @Test
    void theSignatureSheetLeavesTheStreamOpen() {
        Tracked out = new Tracked();
        SignatureSheetPdf.write(SamplePayrolls.september(), out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    @Test
    void theSpreadsheetLeavesTheStreamOpen() {
        Tracked out = new Tracked();
        PayrollSpreadsheet.write(SamplePayrolls.september(), out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    @Test
    void theBankFileLeavesTheStreamOpen() {
        Tracked out = new Tracked();
        BankTransferFile.write(SamplePayrolls.september(), SamplePayrolls.SITE_SHORT_NAME, out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    private static final class Tracked extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
