package vn.ttdt.portal.royalty.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The writers leave the caller's stream open (a servlet response is closed by the container). */
class ExportStreamsTest {

    static Stream<Arguments> writers() {
        Consumer<OutputStream> pdf = out -> SignatureSheetPdf.write(SamplePayrolls.september(), out);
        Consumer<OutputStream> xlsx = out -> PayrollSpreadsheet.write(SamplePayrolls.september(), out);
        Consumer<OutputStream> csv = out -> BankTransferFile.write(SamplePayrolls.september(),
                SamplePayrolls.SITE_SHORT_NAME, out);
        return Stream.of(Arguments.of("signature sheet", pdf), Arguments.of("spreadsheet", xlsx),
                Arguments.of("bank file", csv));
    }

    @ParameterizedTest(name = "the {0} leaves the stream open")
    @MethodSource("writers")
    void theWriterLeavesTheStreamOpen(String export, Consumer<OutputStream> writer) {
        Tracked out = new Tracked();

        writer.accept(out);

        assertFalse(out.closed, export);
        assertTrue(out.size() > 0, export);
    }

    private static final class Tracked extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
