package vn.ttdt.portal.contributors.application;

import java.util.List;
import vn.ttdt.portal.content.application.PublishedAuthorship;
import vn.ttdt.portal.contributors.domain.YearOfWorks;

/** The content context's author credits of a year, as the registry's domain counts them. */
final class Credits {

    private Credits() {
    }

    static List<YearOfWorks.Credit> ofYear(PublishedAuthorship authorship, int year) {
        return authorship.ofYear(year).stream()
                .map(c -> new YearOfWorks.Credit(c.itemId(), c.title(), c.accountId(), c.authorName(), c.publishedOn())).toList();
    }
}
