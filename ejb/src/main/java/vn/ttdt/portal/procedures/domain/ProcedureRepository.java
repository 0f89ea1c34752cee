package vn.ttdt.portal.procedures.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface ProcedureRepository extends SiteOwnedRepository<Procedure> {

    Optional<Procedure> byCode(Site site, String code);

    /** The procedures of {@code site} the filter keeps, sorted by {@code code}, {@code name}, {@code field}, {@code level} or {@code body}. */
    Page<Procedure> search(Site site, ProcedureFilter filter, PageRequest page);

    /** The distinct fields, levels and bodies of the site's procedures in force, each sorted, for the filters. */
    List<String> distinct(Site site, String property);

    /** The procedure in force of {@code site} that offers the upload {@code mediaKey} for download. */
    Optional<Procedure> offering(Site site, String mediaKey);

    Procedure add(Procedure procedure);
}
