package vn.ttdt.portal.legaldocs.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.legaldocs.infrastructure.search.LegalDocumentIndexTest.DECISION;
import static vn.ttdt.portal.legaldocs.infrastructure.search.LegalDocumentIndexTest.document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.shared.infrastructure.search.FollowedIndex;

/**
 * The index of one node following the documents' change log ({@code updated_at}, shared by the nodes): its own
 * changes at once, another node's within {@link FollowedIndex#SHARED_LOOK}, deleted rows at the next look.
 */
class LegalDocumentChangeLogTest {

    private static final long SITE = 7;
    private static final Instant START = Instant.parse("2026-12-06T01:00:00Z");

    /** The table: documents by id, each with its updated_at. */
    private final Map<Long, Stamped> table = new TreeMap<>();
    private int builds;
    private final FollowedIndex<LegalDocumentIndex> followed = new FollowedIndex<>(this::changes, () -> builds++);
    private long generation = 1;

    private record Stamped(LegalDocumentIndex.Entry entry, Instant updatedAt) {
    }

    private void save(LegalDocumentIndex.Entry entry, Instant at) {
        table.put(entry.id(), new Stamped(entry, at));
    }

    private Consumer<LegalDocumentIndex> changes(LegalDocumentIndex index, long site, Instant since) {
        List<LegalDocumentIndex.Entry> changed = new ArrayList<>();
        table.values().stream().filter(s -> !s.updatedAt().isBefore(since)).forEach(s -> changed.add(s.entry()));
        return index.changes(changed, table::size, () -> List.copyOf(table.keySet()),
                ids -> ids.stream().map(id -> table.get(id).entry()).toList());
    }

    private void build(Instant at) {
        followed.build(generation, at, () -> {
            LegalDocumentIndex built = new LegalDocumentIndex();
            table.values().forEach(s -> built.put(s.entry()));
            built.settle();
            return new FollowedIndex.Built<>(SITE, built);
        }, () -> at);
    }

    private Optional<List<Long>> found(String text, Instant at) {
        return followed.read(SITE, generation, at, index -> Optional.of(index.matches(
                new LegalDocumentFilter(text, null, null, null, null, null, null, null), true, 0, 20).ids()));
    }

    private static LegalDocumentIndex.Entry decision(long id, String issuedOn, String summary) {
        return document(id, DECISION, "Quyết định", id + "/QĐ-UBND", "UBND huyện Cẩm Mỹ", issuedOn, LegalStatus.IN_FORCE, summary);
    }

    @Test
    void ownChangesAtOnceAnotherNodesWithinTheSharedLookAndDeletedRowsAtTheNextLook() {
        assertEquals(Optional.empty(), found("quyet dinh", START), "no index yet: the caller reads the database");
        save(decision(1, "2024-01-10", "Phê duyệt kế hoạch chuyển đổi số"), START.minusSeconds(3600));
        save(decision(2, "2024-02-10", "Ban hành quy chế thi đua khen thưởng"), START.minusSeconds(3600));
        build(START);
        assertEquals(Optional.of(List.of(1L)), found("chuyen doi so", START.plusSeconds(1)));

        Instant look = START.plusSeconds(1);
        save(decision(3, "2023-05-05", "Kế hoạch chuyển đổi số năm 2023"), look.plusSeconds(1));
        assertEquals(Optional.of(List.of(1L)), found("chuyen doi so", look.plusSeconds(2)), "another node's change: not yet");
        assertEquals(Optional.of(List.of(1L, 3L)), found("chuyen doi so", look.plus(FollowedIndex.SHARED_LOOK)),
                "another node's change within the shared look; an older document in its place by issue day");

        look = look.plus(FollowedIndex.SHARED_LOOK);
        save(decision(1, "2024-01-10", "Phê duyệt kế hoạch cải cách hành chính"), look.plusSeconds(1));
        generation++;
        assertEquals(Optional.of(List.of(3L)), found("chuyen doi so", look.plusSeconds(1)), "this node's change at once");
        assertEquals(Optional.of(List.of(1L)), found("cai cach hanh chinh", look.plusSeconds(1)));

        table.remove(3L);
        generation++;
        assertEquals(Optional.of(List.of()), found("chuyen doi so", look.plusSeconds(2)), "a deleted row leaves the index");
        assertEquals(Optional.of(List.of(2L, 1L)), found("ubnd", look.plusSeconds(2)));

        save(decision(4, "2022-02-02", "Kế hoạch chuyển đổi số năm 2022"), START.minus(Duration.ofDays(400)));
        assertEquals(Optional.of(List.of(4L)), found("chuyen doi so", look.plusSeconds(2).plus(FollowedIndex.SHARED_LOOK)),
                "a row written with an old updated_at enters at the next look, since the counts differ");
        assertEquals(0, builds, "followed without building again");
    }

    @Test
    void aChangeStampedBeforeTheLastLookButCommittedAfterItIsStillTakenIn() {
        save(decision(1, "2024-01-10", "Phê duyệt kế hoạch chuyển đổi số"), START.minusSeconds(60));
        build(START);
        assertEquals(Optional.of(List.of(1L)), found("chuyen doi so", START.plusSeconds(1)));
        save(decision(2, "2024-02-10", "Kế hoạch chuyển đổi số"), START.minusSeconds(30));
        assertEquals(Optional.of(List.of(2L, 1L)), found("chuyen doi so", START.plusSeconds(1).plus(Duration.ofSeconds(5))));
        assertTrue(FollowedIndex.OVERLAP.compareTo(Duration.ofSeconds(30)) > 0);
    }

    @Test
    void anotherSitesSearchIsLeftToTheDatabase() {
        save(decision(1, "2024-01-10", "Phê duyệt kế hoạch chuyển đổi số"), START);
        build(START);
        assertEquals(Optional.empty(), followed.read(SITE + 1, generation, START, index -> Optional.of(List.of())));
    }
}
