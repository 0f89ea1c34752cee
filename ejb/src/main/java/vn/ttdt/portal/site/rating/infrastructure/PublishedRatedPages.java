package vn.ttdt.portal.site.rating.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.procedures.application.PublicProcedures;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.site.rating.domain.RatedPage;
import vn.ttdt.portal.site.rating.domain.RatedPages;
import vn.ttdt.portal.site.rating.domain.RatingKind;

/**
 * The rated pages as the public site publishes them, asked of each context's public reading service: an item under
 * its category, a legal document under its type, a procedure under its field, and the site's own pages (the published
 * answers, the introduction, the English pages) under their own names ({@link RatedSitePages}).
 */
@ApplicationScoped
public class PublishedRatedPages implements RatedPages {

    private static final int LONGEST_REF = 200;

    @Inject
    private PublicContent content;

    @Inject
    private PublicLegalDocuments legalDocuments;

    @Inject
    private PublicProcedures procedures;

    @Inject
    private RatedSitePages sitePages;

    @Override
    public Optional<RatedPage> find(RatingKind kind, String ref) {
        if (kind == null || ref == null || ref.isBlank() || ref.length() > LONGEST_REF) {
            return Optional.empty();
        }
        return switch (kind) {
            case ITEM -> content.item(ref).map(i -> new RatedPage(kind, ref, i.title(), i.category().name(), "/tin/" + encoded(ref)));
            case LEGAL_DOCUMENT -> legalDocuments.bySlug(ref).map(d -> new RatedPage(kind, ref, d.type() + " " + d.number(),
                    DomainTexts.text("rating.category.legal", d.type()), "/van-ban/" + encoded(ref)));
            case PROCEDURE -> procedures.byCode(ref).map(p -> new RatedPage(kind, ref, p.name(),
                    DomainTexts.text("rating.category.procedure", p.field()), "/thu-tuc-hanh-chinh/" + encoded(ref)));
            case PAGE -> sitePages.find(ref);
        };
    }

    private static String encoded(String ref) {
        return URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
