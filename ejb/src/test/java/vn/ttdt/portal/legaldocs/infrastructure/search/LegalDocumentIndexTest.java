package vn.ttdt.portal.legaldocs.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.legaldocs.domain.DocumentNumber;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.shared.domain.SyllableWords;

class LegalDocumentIndexTest {

    static final long DECREE = 1;
    static final long DECISION = 2;
    static final long PLAN = 3;
    static final long FINANCE = 10;
    static final long CENTRAL = 20;
    static final long COMMUNE = 21;

    private final LegalDocumentIndex index = new LegalDocumentIndex();

    /** A document as the application stores it: search words from type, number, issuer, signer and summary. */
    static LegalDocumentIndex.Entry document(long id, long type, String typeName, String number, String issuer, String issuedOn,
                                             LegalStatus status, String summary) {
        return new LegalDocumentIndex.Entry(id, type, type == PLAN ? null : FINANCE, type == DECREE ? CENTRAL : COMMUNE,
                DocumentNumber.issuerKey(issuer), status, LocalDate.parse(issuedOn), DocumentNumber.key(number),
                SyllableWords.of(typeName, number, issuer, "Nguyễn Văn A", summary));
    }

    private void fill() {
        index.put(document(1, DECREE, "Nghị định", "42/2022/NĐ-CP", "Chính phủ", "2022-09-26", LegalStatus.IN_FORCE,
                "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến"));
        index.put(document(2, DECREE, "Nghị định", "43/2011/NĐ-CP", "Chính phủ", "2011-06-13", LegalStatus.REPLACED,
                "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử"));
        index.put(document(3, DECISION, "Quyết định", "29/2015/QĐ-UBND", "UBND tỉnh Đồng Nai", "2015-07-20",
                LegalStatus.IN_FORCE, "Ban hành quy chế quản lý cổng thông tin điện tử"));
        index.put(document(4, PLAN, "Kế hoạch", "12/KH-UBND", "UBND xã Xuân Đường", "2023-03-01", LegalStatus.IN_FORCE,
                "Kế hoạch chuyển đổi số ở xã năm 2023"));
        index.put(document(5, DECISION, "Quyết định", "42/2023/QĐ-UBND", "UBND huyện Cẩm Mỹ", "2023-03-01",
                LegalStatus.NOT_YET_IN_FORCE, "Quyết định công bố thủ tục hành chính"));
        index.settle();
    }

    private static LegalDocumentFilter words(String text) {
        return new LegalDocumentFilter(text, null, null, null, null, null, null, null);
    }

    private List<Long> newest(LegalDocumentFilter filter) {
        return index.matches(filter, true, 0, 20).ids();
    }

    private List<Long> newest(String text) {
        return newest(words(text));
    }

    @Test
    void wordsFindDocumentsWithOrWithoutDiacriticsInAnyOrderAsWholeSyllables() {
        fill();
        assertEquals(List.of(1L, 2L), newest("nghị định dịch vụ công"));
        assertEquals(List.of(1L, 2L), newest("cong vu dich NGHI DINH"));
        assertEquals(List.of(4L), newest("xuan duong chuyen doi so"));
        assertEquals(List.of(5L, 3L), newest("quyết định"));
        assertEquals(List.of(), newest("chuyen doi so thu do"), "every word must be there");
        assertEquals(List.of(), newest("Xuâ"), "whole syllables: Xuâ is not Xuân");
        assertEquals(List.of(), newest("dinhh"));
    }

    @Test
    void aNumberAndItsPartsFindTheDocument() {
        fill();
        assertEquals(List.of(1L), newest("42/2022/NĐ-CP"));
        assertEquals(List.of(1L), newest("42/2022/nd-cp"));
        assertEquals(List.of(1L), newest("42/2022"));
        assertEquals(List.of(5L), newest("42/2023"));
        assertEquals(List.of(5L, 1L), newest("42"));
        assertEquals(List.of(1L), newest("nghi dinh 42"));
        assertEquals(List.of(3L), newest("29/2015/QĐ-UBND"));
    }

    @Test
    void filtersCombineWithTheWords() {
        fill();
        assertEquals(List.of(1L), newest(new LegalDocumentFilter("dich vu cong", null, null, null, null, null,
                LegalStatus.IN_FORCE, null)));
        assertEquals(List.of(2L), newest(new LegalDocumentFilter("dich vu cong", null, null, null, null, 2011, null, null)));
        assertEquals(List.of(5L, 3L), newest(new LegalDocumentFilter("ubnd", DECISION, null, null, null, null, null, null)));
        assertEquals(List.of(4L), newest(new LegalDocumentFilter("ubnd", null, null, COMMUNE, "ubnd xa xuan duong", null, null, null)));
        assertEquals(List.of(5L), newest(new LegalDocumentFilter("ubnd", null, FINANCE, COMMUNE, " UBND huyện  Cẩm Mỹ ", null, null, null)));
        assertEquals(List.of(1L), newest(new LegalDocumentFilter("quy dinh", null, null, null, null, null, null, "42/2022")));
        assertEquals(List.of(2L, 1L), index.matches(new LegalDocumentFilter("quy dinh", DECREE, FINANCE, CENTRAL, "Chính phủ",
                null, null, "4"), false, 0, 20).ids());
        assertEquals(List.of(), newest(new LegalDocumentFilter("quy dinh", null, null, null, null, 2020, null, null)));
    }

    @Test
    void newestOrOldestFirstEqualDaysByIdWithPagesAndTheTotal() {
        fill();
        LegalDocumentFilter ubnd = words("ubnd");
        assertEquals(List.of(4L, 5L, 3L), newest(ubnd), "4 and 5 share a day: by id");
        assertEquals(List.of(3L, 4L, 5L), index.matches(ubnd, false, 0, 20).ids());
        LegalDocumentIndex.Hits second = index.matches(ubnd, true, 1, 1);
        assertEquals(List.of(5L), second.ids());
        assertEquals(3, second.total());
        assertEquals(0, index.matches(words("ubnd"), true, 3, 20).ids().size());
    }

    @Test
    void anUpdatedDocumentIsFoundByItsNewWordsAndFiltersOnlyAndADeletedOneNoMore() {
        fill();
        index.put(document(4, PLAN, "Kế hoạch", "12/KH-UBND", "UBND xã Xuân Đường", "2024-03-01", LegalStatus.EXPIRED,
                "Kế hoạch cải cách hành chính năm 2024"));
        index.settle();
        assertEquals(List.of(), newest("chuyen doi so"));
        assertEquals(List.of(4L), newest("cai cach hanh chinh"));
        assertEquals(List.of(4L), newest(new LegalDocumentFilter("ubnd", null, null, null, null, 2024, LegalStatus.EXPIRED, null)));
        assertEquals(List.of(4L, 5L, 3L), newest("ubnd"));

        index.remove(5);
        index.keepOnly(List.of(1L, 2L, 4L));
        index.settle();
        assertEquals(List.of(4L), newest("ubnd"));
        assertEquals(3, index.size());
        assertEquals(List.of(), newest("42/2023"));
    }

    @Test
    void aCommonSyllableSettledAsBitsStillFollowsChanges() {
        for (long id = 1; id <= 200; id++) {
            index.put(document(id, DECISION, "Quyết định", id + "/QĐ-UBND", "UBND huyện Cẩm Mỹ",
                    LocalDate.of(2020, 1, 1).plusDays(id).toString(), LegalStatus.IN_FORCE, "Quyết định số " + id));
        }
        index.settle();
        assertEquals(200, index.matches(words("quyet dinh"), true, 0, 20).total());
        assertEquals(List.of(200L, 199L), index.matches(words("quyet dinh"), true, 0, 2).ids());
        index.put(document(200, PLAN, "Kế hoạch", "200/KH-UBND", "UBND huyện Cẩm Mỹ", "2019-01-01", LegalStatus.IN_FORCE, "Kế hoạch"));
        index.remove(199);
        index.settle();
        assertEquals(198, index.matches(words("quyet dinh"), true, 0, 20).total());
        assertEquals(List.of(198L, 197L), index.matches(words("quyet dinh"), true, 0, 2).ids());
        assertEquals(List.of(200L, 1L), index.matches(words("ubnd"), false, 0, 2).ids());
    }
}
