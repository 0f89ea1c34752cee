package vn.ttdt.portal.royalty.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.AuthorShare;

class OwnWorkTest {

    private static final OwnWork.Grader APPROVER = new OwnWork.Grader("pheduyet.demo", 9L, "Phạm Quốc Dũng", "Quốc Dũng");

    @Test
    void aWorkIsTheGradersOwnWhenTheyWroteItOrAreOneOfItsAuthors() {
        assertTrue(OwnWork.of("pheduyet.demo", List.of(author("Ngọc Lan", null)), APPROVER), "wrote it in the back-office");
        assertTrue(OwnWork.of("ctv.demo", List.of(author("An Nhiên", 3L), author("Bút danh khác", 9L)), APPROVER),
                "a co-author with their account");
        assertTrue(OwnWork.of(null, List.of(author("phạm quốc dũng", null)), APPROVER), "named by their full name");
        assertTrue(OwnWork.of(null, List.of(author("Quốc Dũng", null)), APPROVER), "named by their pen name");
    }

    @Test
    void anotherPersonsWorkOrAWorkTheyOnlyImportedIsNot() {
        assertFalse(OwnWork.of("ctv.demo", List.of(author("An Nhiên", 3L)), APPROVER));
        assertFalse(OwnWork.of(null, List.of(author("Ngọc Lan", null)), APPROVER), "imported by them, written by someone else");
        assertFalse(OwnWork.of("ctv.demo", List.of(author("Ngọc Lan", null)), new OwnWork.Grader("pheduyet.demo", null, null, null)));
    }

    private static AuthorShare author(String name, Long accountId) {
        return new AuthorShare(name, accountId, BigDecimal.valueOf(50));
    }
}
