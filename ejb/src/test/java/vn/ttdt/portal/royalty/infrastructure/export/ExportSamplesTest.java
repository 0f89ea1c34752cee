package vn.ttdt.portal.royalty.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the three exports of the sample payroll (and a 200-payee sheet) to {@code ejb/target/export-samples/}
 * so that a person can open them: {@code pdftoppm -png -r 80 -f 1 -l 1 signature-sheet.pdf page}.
 */
class ExportSamplesTest {

    private static final Path DIRECTORY = Path.of("target", "export-samples");

    @Test
    void writesTheSampleFilesToLookAt() throws IOException {
        Files.createDirectories(DIRECTORY);
        try (OutputStream out = Files.newOutputStream(DIRECTORY.resolve("signature-sheet.pdf"))) {
            SignatureSheetPdf.write(SamplePayrolls.september(), "Cẩm Mỹ", out);
        }
        try (OutputStream out = Files.newOutputStream(DIRECTORY.resolve("signature-sheet-200.pdf"))) {
            SignatureSheetPdf.write(SamplePayrolls.many(200), out);
        }
        try (OutputStream out = Files.newOutputStream(DIRECTORY.resolve("payroll.xlsx"))) {
            PayrollSpreadsheet.write(SamplePayrolls.september(), out);
        }
        try (OutputStream out = Files.newOutputStream(DIRECTORY.resolve("bank-transfer.csv"))) {
            BankTransferFile.write(SamplePayrolls.september(), SamplePayrolls.SITE_SHORT_NAME, out);
        }

        assertTrue(Files.readString(DIRECTORY.resolve("signature-sheet.pdf"), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        assertTrue(Files.size(DIRECTORY.resolve("payroll.xlsx")) > 0);
    }
}
