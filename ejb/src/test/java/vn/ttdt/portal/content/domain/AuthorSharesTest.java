package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorSharesTest {

    @Test
    void anAuthorLinkedToAnAccountIsNamedByTheHoldersFullNameOrPenNameWhateverTheCaseAndSpacing() {
        assertTrue(AuthorShares.namesHolder("Nguyễn Văn An", "Nguyễn Văn An", "An Nhiên"));
        assertTrue(AuthorShares.namesHolder("  an   nhiên ", "Nguyễn Văn An", "An Nhiên"));
        assertTrue(AuthorShares.namesHolder("NGUYỄN VĂN AN", "Nguyễn Văn An", null));
        assertTrue(AuthorShares.namesHolder("Nguye\u0302\u0303n Văn An", "Nguyễn Văn An", null), "decomposed marks are the same name");
    }

    @Test
    void anotherPersonsNameOrTheSameLettersWithOtherTonesAreNotTheHolder() {
        assertFalse(AuthorShares.namesHolder("Võ Thanh Hương", "Nguyễn Văn An", "An Nhiên"));
        assertFalse(AuthorShares.namesHolder("Nguyen Van An", "Nguyễn Văn An", "An Nhiên"));
        assertFalse(AuthorShares.namesHolder("Lê Thị Hạ", "Lê Thị Hà", null));
        assertFalse(AuthorShares.namesHolder(" ", "Nguyễn Văn An", null));
        assertFalse(AuthorShares.namesHolder(null, "Nguyễn Văn An", null));
        assertFalse(AuthorShares.namesHolder("", "", null), "an empty name names nobody");
    }

    @Test
    void eachPositionWhoseAccountChangedIsListedForTheAuditLog() {
        List<AuthorShare> before = List.of(author("An Nhiên", 12L), author("Ngọc Lan", null));
        assertEquals(List.of(), AuthorShares.accountChanges(before, List.of(author("Nguyễn Văn An", 12L), author("Lan", null))),
                "renaming keeps the accounts");
        assertEquals(List.of("author 1: 12 -> 15", "author 2: null -> 7"),
                AuthorShares.accountChanges(before, List.of(author("Võ Thanh Hương", 15L), author("Ngọc Lan", 7L))));
        assertEquals(List.of("author 1: null -> 12"), AuthorShares.accountChanges(List.of(), List.of(author("An Nhiên", 12L))));
        assertEquals(List.of("author 1: 12 -> null"), AuthorShares.accountChanges(before, List.of(author("Ngọc Lan", null))));
    }

    @Test
    void authorsWithoutAnyShareDeclareEqualSharesAndAreAccepted() {
        List<AuthorShare> equal = List.of(new AuthorShare("Ngọc Lan", null, null), new AuthorShare("Minh Tâm", null, null),
                new AuthorShare("Thu Hà", null, null));

        assertTrue(AuthorShares.equal(equal));
        assertEquals(null, AuthorShares.violation(equal));
        assertEquals(null, AuthorShares.violation(List.of(new AuthorShare("Ngọc Lan", null, null))));
    }

    @Test
    void someAuthorsWithAShareAndOthersWithoutAreRefused() {
        List<AuthorShare> mixed = List.of(new AuthorShare("Ngọc Lan", null, BigDecimal.valueOf(100)), new AuthorShare("Minh Tâm", null, null));

        assertFalse(AuthorShares.equal(mixed));
        assertEquals("content.authors.shareMixed", AuthorShares.violation(mixed));
        assertEquals("content.authors.total", AuthorShares.violation(List.of(author("Ngọc Lan", null))));
        assertEquals("content.authors.name", AuthorShares.violation(List.of(new AuthorShare(" ", null, null))));
    }

    private static AuthorShare author(String name, Long accountId) {
        return new AuthorShare(name, accountId, BigDecimal.valueOf(50));
    }
}
