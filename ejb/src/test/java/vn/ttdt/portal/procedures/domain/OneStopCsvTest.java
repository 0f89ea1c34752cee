package vn.ttdt.portal.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneStopCsvTest {

    private static final YearMonth MARCH = YearMonth.of(2023, 3);
    private static final String HEADER = String.join(",", OneStopCsv.HEADER) + "\n";

    private static OneStopCsv.Parsed parse(String text) {
        return OneStopCsv.parse(text.getBytes(StandardCharsets.UTF_8), MARCH);
    }

    private static List<String> keys(OneStopCsv.Parsed parsed) {
        return parsed.problems().stream().map(p -> p.line() + ":" + p.violation().messageKey()).toList();
    }

    @Test
    void aGoodFileGivesEveryUnitsCountsWithLineNumbers() {
        OneStopCsv.Parsed parsed = parse(HEADER
                + "UBND xã Xuân Đường,2023-03,120,8,30,80,5,10,1,2\r\n"
                + "\"UBND xã Sông Ray, Cẩm Mỹ\",2023-03,40,0,10,25,0,5,0,0\n\n");
        assertTrue(parsed.isValid(), parsed.problems().toString());
        assertEquals(2, parsed.lines().size());
        OneStopCsv.Line first = parsed.lines().get(0);
        assertEquals(2, first.number());
        assertEquals("UBND xã Xuân Đường", first.unit());
        assertEquals(128, first.counts().received());
        assertEquals(115, first.counts().resolved());
        assertEquals(11, first.counts().inProgress());
        assertEquals(2, first.counts().getReturned());
        assertEquals("UBND xã Sông Ray, Cẩm Mỹ", parsed.lines().get(1).unit());
        assertEquals(3, parsed.lines().get(1).number());
    }

    @Test
    void aByteOrderMarkAndUpperCaseHeaderAreAccepted() {
        OneStopCsv.Parsed parsed = parse("\uFEFF" + HEADER.toUpperCase() + "Xã Lâm San,2023-03,1,0,0,1,0,0,0,0");
        assertTrue(parsed.isValid(), parsed.problems().toString());
    }

    @Test
    void totalsThatDoNotAddUpRefuseTheLineWithItsNumbers() {
        OneStopCsv.Parsed parsed = parse(HEADER
                + "Xã Lâm San,2023-03,10,0,2,3,0,1,0,0\n");
        assertFalse(parsed.isValid());
        OneStopCsv.Problem problem = parsed.problems().get(0);
        assertEquals(2, problem.line());
        assertEquals("oneStop.totals", problem.violation().messageKey());
        assertEquals(List.of(10, 5, 1, 0), problem.violation().arguments());
        assertTrue(parsed.lines().isEmpty());
    }

    @Test
    void oneBadLineLeavesNoGoodLineBehind() {
        OneStopCsv.Parsed parsed = parse(HEADER
                + "Xã Lâm San,2023-03,1,0,0,1,0,0,0,0\n"
                + "Xã Long Giao,2023-03,-4,0,0,0,0,0,0,0\n"
                + "Xã Bảo Bình,2023-03,1,0,0,1,0,0,0,0\n");
        assertTrue(parsed.lines().isEmpty());
        assertEquals(List.of("3:oneStop.csv.negative"), keys(parsed));
        assertEquals("tiep_nhan_moi", parsed.problems().get(0).violation().field());
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() {
        OneStopCsv.Parsed parsed = parse(HEADER
                + "Xã Lâm San,2023-03,1,0,0,1,0,0\n"
                + "Xã Long Giao,2023-02,1,0,0,1,0,0,0,0\n"
                + "Xã Bảo Bình,2023-03,1,0,0,mười,0,0,0,0\n"
                + "Xã Bảo Bình,2023-03,1,0,0,1,0,0,0,0\n"
                + "xã bảo bình,2023-03,1,0,0,1,0,0,0,0\n");
        assertEquals(List.of("2:oneStop.csv.columns", "3:oneStop.csv.period", "4:oneStop.csv.number",
                "6:oneStop.csv.duplicateUnit"), keys(parsed));
        assertEquals(List.of(8, 10), parsed.problems().get(0).violation().arguments());
    }

    @Test
    void aBadPeriodIsRefused() {
        assertEquals(List.of("2:oneStop.csv.period"), keys(parse(HEADER + "Xã Lâm San,2023-13,1,0,0,1,0,0,0,0")));
        assertEquals(List.of("2:oneStop.csv.period"), keys(parse(HEADER + "Xã Lâm San,03/2023,1,0,0,1,0,0,0,0")));
    }

    @Test
    void aWrongHeaderIsRefusedOnLineOne() {
        assertEquals(List.of("1:oneStop.csv.header"), keys(parse("don_vi;ky;tiep_nhan\nXã Lâm San;2023-03;1")));
    }

    @Test
    void windowsEncodingsAreRefusedClearly() {
        String text = HEADER + "UBND xã Xuân Đường,2023-03,1,0,0,1,0,0,0,0\n";
        byte[] cp1258 = text.getBytes(Charset.forName("windows-1258"));
        assertEquals(List.of("0:oneStop.csv.notUtf8"), keys(OneStopCsv.parse(cp1258, MARCH)));
        byte[] cp1252 = (HEADER + "Café Sông Ray,2023-03,1,0,0,1,0,0,0,0\n").getBytes(Charset.forName("windows-1252"));
        assertEquals(List.of("0:oneStop.csv.notUtf8"), keys(OneStopCsv.parse(cp1252, MARCH)));
    }

    @Test
    void binaryAndEmptyAndHeaderOnlyFilesAreRefused() {
        assertEquals(List.of("0:oneStop.csv.empty"), keys(OneStopCsv.parse(new byte[0], MARCH)));
        assertEquals(List.of("0:oneStop.csv.notUtf8"), keys(OneStopCsv.parse(new byte[] {'%', 'P', 'D', 'F', 0, 1}, MARCH)));
        assertEquals(List.of("0:oneStop.csv.noLine"), keys(parse(HEADER)));
    }

    @Test
    void anOversizeFileIsRefusedBeforeReading() {
        byte[] big = new byte[OneStopCsv.MAX_BYTES + 1];
        assertEquals(List.of("0:oneStop.csv.tooLarge"), keys(OneStopCsv.parse(big, MARCH)));
    }

    @Test
    void unclosedQuotesAndTextAfterAQuoteAreRefused() {
        assertEquals(List.of("2:oneStop.csv.quotes"), keys(parse(HEADER + "\"Xã Lâm San,2023-03,1,0,0,1,0,0,0,0")));
        assertEquals(List.of("2:oneStop.csv.quotes"), keys(parse(HEADER + "\"Xã\" Lâm San,2023-03,1,0,0,1,0,0,0,0")));
        assertEquals(List.of("Xã \"Lâm\" San", "1"), OneStopCsv.fields("\"Xã \"\"Lâm\"\" San\",1"));
    }

    @Test
    void aHugeNumberAndABlankLineInTheMiddleAreRefused() {
        assertEquals(List.of("2:oneStop.csv.number", "3:oneStop.csv.blankLine"),
                keys(parse(HEADER + "Xã Lâm San,2023-03,99999999,0,0,0,0,0,0,0\n \nXã Bảo Bình,2023-03,0,0,0,0,0,0,0,0")));
    }
}
