package vn.ttdt.portal.site.pages.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A body of the local government in the organisation chart (the People's Council, the People's Committee, its
 * offices…): a tree through its parent, each body with its functions (sanitized rich text) and its leaders, in
 * Vietnamese and English. A body can never sit below itself.
 */
@Entity
@Table(name = "organisation_body")
public class OrganisationBody extends SiteOwned {

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private OrganisationBody parent;

    private String name;

    @Column(name = "name_en")
    private String nameEn;

    private String functions;

    @Column(name = "functions_en")
    private String functionsEn;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_leader", joinColumns = @JoinColumn(name = "body_id"))
    @OrderColumn(name = "position")
    private List<Leader> leaders = new ArrayList<>();

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected OrganisationBody() {
    }

    public OrganisationBody(Site site) {
        super(site);
    }

    public void describe(OrganisationBody parent, String name, String nameEn, String functions, String functionsEn,
                         int position, List<Leader> leaders, String by, Instant at) {
        for (OrganisationBody above = parent; above != null; above = above.parent) {
            if (above == this || getId() != null && getId().equals(above.getId())) {
                throw new BusinessRuleException("organisationBody.cycle", "body " + getId() + " below itself");
            }
        }
        this.parent = parent;
        this.name = name;
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.functions = HtmlSanitizer.sanitize(functions);
        this.functionsEn = HtmlSanitizer.sanitize(functionsEn);
        this.position = position;
        this.leaders.clear();
        this.leaders.addAll(leaders);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public OrganisationBody getParent() { return parent; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public String getFunctions() { return functions; }
    public String getFunctionsEn() { return functionsEn; }
    public int getPosition() { return position; }
    public List<Leader> getLeaders() { return List.copyOf(leaders); }
    public int getVersion() { return version; }
}
