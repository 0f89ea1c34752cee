package vn.ttdt.portal.royalty.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnWorkTest {

    @Test
    void aWorkIsTheGradersOwnWhenTheyCreatedItOrAreOneOfItsAuthors() {
        assertTrue(OwnWork.of("pheduyet.demo", List.of(3L), "pheduyet.demo", 9L), "created it");
        assertTrue(OwnWork.of("ctv.demo", Arrays.asList(3L, null, 9L), "pheduyet.demo", 9L), "co-author with their account");
    }

    @Test
    void anotherPersonsWorkOrAnAuthorWithoutAccountIsNot() {
        assertFalse(OwnWork.of("ctv.demo", List.of(3L), "pheduyet.demo", 9L));
        assertFalse(OwnWork.of("ctv.demo", Arrays.asList((Long) null), "pheduyet.demo", 9L));
        assertFalse(OwnWork.of("ctv.demo", Arrays.asList((Long) null), "pheduyet.demo", null), "a grader without account matches no author");
    }
}
