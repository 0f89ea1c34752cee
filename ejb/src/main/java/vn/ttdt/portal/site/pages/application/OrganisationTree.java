package vn.ttdt.portal.site.pages.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.site.pages.domain.OrganisationBody;

/** The bodies of a chart in tree order (each body followed by the bodies below it), with their depth. */
final class OrganisationTree {

    private OrganisationTree() {
    }

    /** {@code bodies} already sorted by position and name. */
    static List<OrganisationBodyView> inTreeOrder(List<OrganisationBody> bodies) {
        Map<Long, List<OrganisationBody>> below = new LinkedHashMap<>();
        for (OrganisationBody body : bodies) {
            below.computeIfAbsent(body.getParent() == null ? 0L : body.getParent().getId(), parent -> new ArrayList<>()).add(body);
        }
        List<OrganisationBodyView> ordered = new ArrayList<>();
        add(below, 0L, 0, ordered);
        return ordered;
    }

    private static void add(Map<Long, List<OrganisationBody>> below, long parent, int depth, List<OrganisationBodyView> ordered) {
        for (OrganisationBody body : below.getOrDefault(parent, List.of())) {
            ordered.add(view(body, depth));
            add(below, body.getId(), depth + 1, ordered);
        }
    }

    static OrganisationBodyView view(OrganisationBody body, int depth) {
        return new OrganisationBodyView(body.getId(), body.getParent() == null ? null : body.getParent().getId(), depth,
                body.getName(), body.getNameEn(), body.getFunctions(), body.getFunctionsEn(), body.getPosition(),
                body.getLeaders().stream().map(LeaderEntry::of).toList(), body.getVersion());
    }
}
