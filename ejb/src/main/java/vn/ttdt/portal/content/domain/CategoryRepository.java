package vn.ttdt.portal.content.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface CategoryRepository extends SiteOwnedRepository<Category> {

    List<Category> allOf(Site site);

    Optional<Category> bySlug(Site site, String slug);

    Category add(Category category);
}
