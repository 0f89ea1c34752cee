package vn.ttdt.portal.site.pages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class OrganisationBodyTest {

    private static final Site SITE = new Site("t", "T", "T", "T");
    private static final Instant NOW = Instant.parse("2023-05-10T03:00:00Z");

    @Test
    void aBodyCannotBePlacedBelowItselfOrBelowOneOfItsOwnBodies() {
        OrganisationBody committee = body(null);
        OrganisationBody office = body(committee);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> describe(committee, office));
        assertEquals("organisationBody.cycle", refused.messageKey());
        assertThrows(BusinessRuleException.class, () -> describe(committee, committee));
        assertEquals(null, committee.getParent());
    }

    @Test
    void functionsAreSanitizedAndLeadersKeptInOrder() {
        OrganisationBody body = new OrganisationBody(SITE);
        body.describe(null, "Phòng Tư pháp", " ", "<p onclick=\"x()\">Tư pháp</p><script>alert(1)</script>", "<p>Justice</p>", 1,
                List.of(new Leader("A", "Trưởng phòng", "", null, " ", "a@cammy.example.gov.vn"), new Leader("B", "Phó phòng", null, null, null, null)),
                "bientap", NOW);
        assertEquals("<p>Tư pháp</p>", body.getFunctions());
        assertEquals(null, body.getNameEn());
        assertEquals(List.of("A", "B"), body.getLeaders().stream().map(Leader::getName).toList());
        assertEquals(null, body.getLeaders().get(0).getPhone());
        assertEquals(null, body.getLeaders().get(0).getTitleEn());
    }

    @Test
    void aSitePageKeepsEachSaveAsARevisionOfSanitizedText() {
        SitePage page = new SitePage(SITE, SitePageKind.CONTACTS, NOW);
        SitePageRevision revision = page.edit("<p>Liên hệ</p><img src=x onerror=alert(1)>", "<p>Contact</p><script>x</script>", "bientap", NOW);
        assertEquals("<p>Liên hệ</p>", page.getBody());
        assertEquals("<p>Contact</p>", revision.getBodyEn());
        assertTrue(revision.getPage() == page);
        assertFalse(page.getBody().contains("onerror"));
    }

    @Test
    void pagesAreFoundByTheirAddress() {
        assertEquals(SitePageKind.CONTACTS, SitePageKind.bySlug("lien-he").orElseThrow());
        assertTrue(SitePageKind.bySlug("khong-co").isEmpty());
    }

    private static OrganisationBody body(OrganisationBody parent) {
        OrganisationBody body = new OrganisationBody(SITE);
        describe(body, parent);
        return body;
    }

    private static void describe(OrganisationBody body, OrganisationBody parent) {
        body.describe(parent, "Cơ quan", null, "", "", 1, List.of(), "bientap", NOW);
    }
}
