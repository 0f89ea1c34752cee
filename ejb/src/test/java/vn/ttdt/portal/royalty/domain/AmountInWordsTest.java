package vn.ttdt.portal.royalty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0   | Không đồng
            1   | Một đồng
            5   | Năm đồng
            10  | Mười đồng
            11  | Mười một đồng
            14  | Mười bốn đồng
            15  | Mười lăm đồng
            20  | Hai mươi đồng
            21  | Hai mươi mốt đồng
            24  | Hai mươi bốn đồng
            25  | Hai mươi lăm đồng
            55  | Năm mươi lăm đồng
            91  | Chín mươi mốt đồng
            100 | Một trăm đồng
            101 | Một trăm linh một đồng
            105 | Một trăm linh năm đồng
            110 | Một trăm mười đồng
            111 | Một trăm mười một đồng
            115 | Một trăm mười lăm đồng
            121 | Một trăm hai mươi mốt đồng
            """)
    void readsTheUnitsTensAndHundreds(long amount, String words) {
        assertEquals(words, AmountInWords.of(amount));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000          | Một nghìn đồng
            1001          | Một nghìn không trăm linh một đồng
            1010          | Một nghìn không trăm mười đồng
            1015          | Một nghìn không trăm mười lăm đồng
            1100          | Một nghìn một trăm đồng
            10000         | Mười nghìn đồng
            15000         | Mười lăm nghìn đồng
            21000         | Hai mươi mốt nghìn đồng
            745000        | Bảy trăm bốn mươi lăm nghìn đồng
            900000        | Chín trăm nghìn đồng
            1000000       | Một triệu đồng
            1205000       | Một triệu hai trăm linh năm nghìn đồng
            1005000       | Một triệu không trăm linh năm nghìn đồng
            1000005       | Một triệu không trăm linh năm đồng
            1050500       | Một triệu không trăm năm mươi nghìn năm trăm đồng
            12345678      | Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng
            215000000     | Hai trăm mười lăm triệu đồng
            """)
    void readsThousandsAndMillionsWithInnerGroupsInFull(long amount, String words) {
        assertEquals(words, AmountInWords.of(amount));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000000000          | Một tỷ đồng
            2000000000          | Hai tỷ đồng
            1000000001          | Một tỷ không trăm linh một đồng
            1250000000          | Một tỷ hai trăm năm mươi triệu đồng
            1000000000000       | Một nghìn tỷ đồng
            1005000000000       | Một nghìn không trăm linh năm tỷ đồng
            2000000000500       | Hai nghìn tỷ năm trăm đồng
            1000000000000000000 | Một tỷ tỷ đồng
            1000000000000000005 | Một tỷ tỷ không trăm linh năm đồng
            """)
    void repeatsTyBeyondABillion(long amount, String words) {
        assertEquals(words, AmountInWords.of(amount));
    }

    @Test
    void readsTheLargestLong() {
        assertEquals("Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ "
                + "tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng",
                AmountInWords.of(Long.MAX_VALUE));
    }

    @Test
    void refusesANegativeAmount() {
        assertThrows(IllegalArgumentException.class, () -> AmountInWords.of(-1));
    }
}
