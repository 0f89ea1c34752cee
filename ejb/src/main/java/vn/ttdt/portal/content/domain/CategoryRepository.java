package vn.ttdt.portal.content.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;

public interface CategoryRepository {

    List<Category> allOf(Site site);

    Optional<Category> byId(long id);

    Optional<Category> bySlug(Site site, String slug);

    Category add(Category category);
}
