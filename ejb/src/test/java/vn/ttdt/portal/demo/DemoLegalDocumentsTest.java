package vn.ttdt.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.legaldocs.domain.DocumentNumber;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalTermDefaults;
import vn.ttdt.portal.legaldocs.domain.TermKind;

class DemoLegalDocumentsTest {

    @Test
    void everyDemoDocumentKeepsTheRulesOfARealOne() {
        Set<String> numbers = new HashSet<>();
        for (DemoLegalDocuments.Seed seed : DemoLegalDocuments.DOCUMENTS) {
            LegalDocument.checkDates(LocalDate.parse(seed.issued()), LocalDate.parse(seed.effective()),
                    seed.expires() == null ? null : LocalDate.parse(seed.expires()));
            assertTrue(numbers.add(DocumentNumber.issuerKey(seed.issuer()) + " " + DocumentNumber.key(seed.number())), seed.number());
            assertTrue(LegalTermDefaults.codes(TermKind.TYPE).contains(seed.type()), seed.type());
            assertTrue(LegalTermDefaults.codes(TermKind.LEVEL).contains(seed.level()), seed.level());
            assertTrue(LegalTermDefaults.codes(TermKind.FIELD).contains(seed.field()), seed.field());
        }
        assertTrue(numbers.size() >= 25, "a few dozen documents");
    }

    @Test
    void thePlansLegalBasesAreThere() {
        Set<String> numbers = new HashSet<>();
        DemoLegalDocuments.DOCUMENTS.forEach(d -> numbers.add(d.number()));
        assertEquals(true, numbers.containsAll(Set.of("18/2014/NĐ-CP", "29/2015/QĐ-UBND", "09/2014/TT-BTTTT", "42/2022/NĐ-CP")));
    }
}
