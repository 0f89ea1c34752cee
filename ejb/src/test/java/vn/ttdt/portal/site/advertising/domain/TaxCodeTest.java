package vn.ttdt.portal.site.advertising.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TaxCodeTest {

    @Test
    void acceptsEnterpriseCodesWhoseCheckDigitHoldsWithOrWithoutABranch() {
        assertEquals("0100109106", TaxCode.normalised("0100109106"));
        assertEquals("0300588569", TaxCode.normalised(" 0300 588 569 "));
        assertEquals("0300588569-001", TaxCode.normalised("0300588569-001"));
    }

    @Test
    void acceptsAPersonsTwelveDigitCitizenNumber() {
        assertEquals("075203001234", TaxCode.normalised("075203001234"));
    }

    @Test
    void refusesAWrongCheckDigitAndEverythingElse() {
        assertNull(TaxCode.normalised("0100109107"));
        assertNull(TaxCode.normalised("010010910"));
        assertNull(TaxCode.normalised("0300588569-01"));
        assertNull(TaxCode.normalised("03005885A9"));
        assertNull(TaxCode.normalised("<script>alert(1)</script>"));
        assertNull(TaxCode.normalised(""));
        assertNull(TaxCode.normalised(null));
    }
}
