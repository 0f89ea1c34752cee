package vn.ttdt.portal.site.pages.application;

import java.io.Serializable;
import java.util.List;

/**
 * A body of the organisation chart in tree order: {@code depth} 0 for a body at the top, 1 below it…; functions are
 * sanitized HTML.
 */
public record OrganisationBodyView(long id, Long parentId, int depth, String name, String nameEn, String functions,
                                   String functionsEn, int position, List<LeaderEntry> leaders, long version) implements Serializable {

    /** The English name, or the Vietnamese one when none was given. */
    public String englishName() {
        return nameEn == null ? name : nameEn;
    }
}
