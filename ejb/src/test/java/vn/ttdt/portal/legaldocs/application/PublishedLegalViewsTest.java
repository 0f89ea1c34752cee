package vn.ttdt.portal.legaldocs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.legaldocs.domain.TermKind;

class PublishedLegalViewsTest {

    private final AtomicLong generation = new AtomicLong(7);
    private final PublishedLegalViews views = new PublishedLegalViews(generation::get);
    private final List<List<Long>> reads = new ArrayList<>();
    private String summary = "Quy định về dịch vụ công trực tuyến";

    private final Function<List<Long>, List<LegalDocumentView>> database = ids -> {
        reads.add(ids);
        List<LegalDocumentView> found = new ArrayList<>(ids.stream().filter(id -> id != 404).map(this::view).toList());
        Collections.reverse(found);
        return found;
    };

    private LegalDocumentView view(long id) {
        return new LegalDocumentView(id, "nd-" + id, id + "/2022/NĐ-CP", "Nghị định", 1, null, null, "Trung ương", 2,
                "Chính phủ", "Nguyễn Văn A", LocalDate.of(2022, 9, 26), LocalDate.of(2022, 11, 15), null, summary,
                "IN_FORCE", "Còn hiệu lực", null, List.of(), List.of(), List.of(), 0);
    }

    private static List<Long> ids(List<LegalDocumentView> views) {
        return views.stream().map(LegalDocumentView::id).toList();
    }

    @Test
    void documentsShownOnceAreNotReadAgainWhileTheGenerationStaysAndComeInTheAskedOrder() {
        assertEquals(List.of(3L, 1L, 2L), ids(views.documents(List.of(3L, 1L, 2L), database)));
        assertEquals(List.of(2L, 5L, 3L), ids(views.documents(List.of(2L, 5L, 3L), database)));
        assertEquals(List.of(List.of(3L, 1L, 2L), List.of(5L)), reads);
        assertEquals(List.of(1L), ids(views.documents(List.of(1L), database)));
        assertEquals(2, reads.size(), "nothing missing, nothing read");
    }

    @Test
    void aDocumentTheDatabaseNoLongerHoldsIsLeftOut() {
        assertEquals(List.of(1L, 2L), ids(views.documents(List.of(1L, 404L, 2L), database)));
    }

    @Test
    void aMovedGenerationReadsEveryDocumentAgain() {
        views.documents(List.of(1L, 2L), database);
        summary = "Sửa đổi quy định về dịch vụ công trực tuyến";
        generation.incrementAndGet();
        List<LegalDocumentView> again = views.documents(List.of(1L, 2L), database);
        assertEquals(List.of(List.of(1L, 2L), List.of(1L, 2L)), reads);
        assertEquals(summary, again.get(0).summary());
    }

    @Test
    void pastTheLimitDocumentsAreShownWithoutBeingKept() {
        List<Long> many = LongStream.range(1000, 1000 + PublishedLegalViews.MAX_DOCUMENTS + 10).boxed().toList();
        assertEquals(many, ids(views.documents(many, database)));
        views.documents(many, database);
        assertEquals(2, reads.size());
        assertEquals(10, reads.get(1).size(), "only those past the limit read again");
    }

    @Test
    void termsAreReadOncePerGeneration() {
        List<TermKind> asked = new ArrayList<>();
        Function<TermKind, List<TermView>> read = kind -> {
            asked.add(kind);
            return List.of(new TermView(asked.size(), kind.name(), "nghi-dinh", "Nghị định " + asked.size(), 1));
        };
        assertEquals("Nghị định 1", views.terms(TermKind.TYPE, read).get(0).name());
        assertEquals("Nghị định 1", views.terms(TermKind.TYPE, read).get(0).name());
        views.terms(TermKind.LEVEL, read);
        generation.incrementAndGet();
        assertEquals("Nghị định 3", views.terms(TermKind.TYPE, read).get(0).name());
        assertEquals(List.of(TermKind.TYPE, TermKind.LEVEL, TermKind.TYPE), asked);
    }
}
