package vn.ttdt.portal.legaldocs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class LegalDocumentTest {

    static final Site SITE = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    static final Site OTHER = new Site("xa-khac", "Trang TTĐT xã khác", "Xã khác", "UBND xã khác");
    private static final LegalTerm DECREE = new LegalTerm(SITE, TermKind.TYPE, "nghi-dinh", "Nghị định", 2);
    private static final LegalTerm CENTRAL = new LegalTerm(SITE, TermKind.LEVEL, "trung-uong", "Trung ương", 1);
    private static final Instant NOW = Instant.parse("2023-03-01T02:00:00Z");

    static LegalDocument document(String number, LocalDate issued, LocalDate effective, LocalDate expires, LocalDate today) {
        LegalDocument document = new LegalDocument(SITE, "nghi-dinh-" + number.hashCode(), "bientap.demo", NOW);
        document.describe(description(number, issued, effective, expires), today, NOW);
        return document;
    }

    private static DocumentDescription description(String number, LocalDate issued, LocalDate effective, LocalDate expires) {
        return new DocumentDescription(DECREE, null, CENTRAL, number, "Chính phủ", "Phạm Minh Chính", issued, effective,
                expires, "Quy định về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước");
    }

    @Test
    void anEffectiveDayBeforeTheIssueDayIsRefusedWithAClearMessage() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> document("42/2022/NĐ-CP",
                LocalDate.of(2022, 6, 24), LocalDate.of(2022, 6, 23), null, LocalDate.of(2023, 1, 1)));

        assertEquals("Ngày có hiệu lực không được trước ngày ban hành.", DomainTexts.text(refused.messageKey()));
    }

    @Test
    void anExpiryDayMustComeAfterTheEffectiveDay() {
        LocalDate day = LocalDate.of(2022, 8, 15);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> document("42/2022/NĐ-CP", day.minusDays(50), day, day, day));

        assertEquals("Ngày hết hiệu lực phải sau ngày có hiệu lực.", DomainTexts.text(refused.messageKey()));
    }

    @Test
    void aDocumentTakesEffectOnTheDayItIsIssued() {
        LocalDate day = LocalDate.of(2014, 1, 14);
        assertEquals(LegalStatus.IN_FORCE, document("18/2014/NĐ-CP", day, day, null, day).getStatus());
    }

    @Test
    void refusedDatesLeaveTheDocumentAsItWas() {
        LocalDate day = LocalDate.of(2022, 6, 24);
        LegalDocument document = document("42/2022/NĐ-CP", day, day.plusDays(52), null, day);

        assertThrows(BusinessRuleException.class,
                () -> document.describe(description("43/2022/NĐ-CP", day, day.minusDays(1), null), day, NOW));
        assertEquals("42/2022/NĐ-CP", document.getNumber());
        assertEquals(day.plusDays(52), document.getEffectiveOn());
    }

    @Test
    void aReplacedDocumentNamesItsReplacementAndIsReplaced() {
        LocalDate day = LocalDate.of(2015, 7, 1);
        LegalDocument old = document("29/2015/QĐ-UBND", day, day.plusDays(10), null, day);
        LegalDocument replacement = document("46/2018/QĐ-UBND", day.plusYears(3), day.plusYears(3), null, day);

        old.replaceBy(replacement, day.plusYears(3), NOW);

        assertEquals(LegalStatus.REPLACED, old.getStatus());
        assertEquals(replacement, old.getReplacedBy());
        old.replaceBy(null, day.plusYears(3), NOW);
        assertNull(old.getReplacedBy());
        assertEquals(LegalStatus.IN_FORCE, old.getStatus());
    }

    @Test
    void aDocumentIsNotReplacedByItselfNorByOneItReplaces() {
        LocalDate day = LocalDate.of(2015, 7, 1);
        LegalDocument a = document("1/2015/QĐ-UBND", day, day, null, day);
        LegalDocument b = document("2/2015/QĐ-UBND", day, day, null, day);
        b.replaceBy(a, day, NOW);

        assertEquals("legalDocument.replacement.self",
                assertThrows(BusinessRuleException.class, () -> a.replaceBy(a, day, NOW)).messageKey());
        assertEquals("legalDocument.replacement.self",
                assertThrows(BusinessRuleException.class, () -> a.replaceBy(b, day, NOW)).messageKey());
        assertEquals("legalDocument.link.self",
                assertThrows(BusinessRuleException.class, () -> a.relateTo(List.of(a), NOW)).messageKey());
    }

    @Test
    void filesAndLinksOfAnotherSiteAreRefused() {
        LocalDate day = LocalDate.of(2015, 7, 1);
        LegalDocument document = document("3/2015/QĐ-UBND", day, day, null, day);
        Media foreign = new Media(OTHER, "0".repeat(32), "van-ban.pdf", MediaFormat.PDF, 10, "0".repeat(64), null, null, "x", NOW);

        assertEquals("legalDocument.file.unknown",
                assertThrows(BusinessRuleException.class, () -> document.attach(List.of(foreign), NOW)).messageKey());
    }

    @Test
    void theSearchTextHoldsTypeNumberAndSummaryWithoutDiacritics() {
        LocalDate day = LocalDate.of(2022, 6, 24);
        String text = document("42/2022/NĐ-CP", day, day, null, day).getSearchText();

        assertEquals(true, text.startsWith("w_nghi w_dinh w_42 w_2022 w_nd w_cp w_chinh w_phu "), text);
        assertEquals(true, text.contains(" w_ung w_dung w_cong w_nghe w_thong w_tin "), text);
    }
}
