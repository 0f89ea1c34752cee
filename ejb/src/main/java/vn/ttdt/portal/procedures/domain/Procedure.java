package vn.ttdt.portal.procedures.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.SyllableWords;

/**
 * An administrative procedure (thủ tục hành chính) citizens and businesses carry out with a unit of the site: its code
 * (mã thủ tục, unique in the site), name, field (lĩnh vực), level (cấp — data such as "Cấp huyện", "Cấp xã", never a
 * constant), implementing body, steps, ways to submit, required dossier, time limit, fees, eligible applicants, result,
 * legal bases, the forms and sample dossiers to download and the same procedure on the province's online public-service
 * portal with its online level. A procedure no longer in force is withdrawn from the public catalogue, never deleted.
 */
@Entity
@Table(name = "procedure_entry")
public class Procedure extends SiteOwned {

    private String code;
    private String name;
    private String field;

    @Column(name = "procedure_level")
    private String level;

    @Column(name = "implementing_body")
    private String body;

    private String steps;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_channel", joinColumns = @JoinColumn(name = "procedure_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private Set<SubmissionChannel> channels = EnumSet.noneOf(SubmissionChannel.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_dossier", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<DossierComponent> dossier = new ArrayList<>();

    @Column(name = "time_limit")
    private String timeLimit;

    private String fees;
    private String applicants;
    private String result;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_legal_basis", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<LegalBasis> legalBases = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_file", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<SampleFile> files = new ArrayList<>();

    @Column(name = "online_url")
    private String onlineUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level")
    private OnlineLevel onlineLevel;

    private boolean active = true;

    @Column(name = "search_text")
    private String searchText;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Procedure() {
    }

    public Procedure(Site site, ProcedureDescription description, String by, Instant now) {
        super(site);
        describe(description, by, now);
    }

    /** Replaces what the procedure says; refuses a description that breaks a rule ({@link ProcedureDescription#violations()}). */
    public final void describe(ProcedureDescription d, String by, Instant now) {
        List<Violation> violations = d.violations();
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new BusinessRuleException(first.messageKey(), "procedure " + d.code() + ": " + violations,
                    first.arguments().toArray());
        }
        code = d.code().strip();
        name = d.name().strip();
        field = d.field().strip();
        level = d.level().strip();
        body = d.body().strip();
        steps = d.steps().strip();
        channels.clear();
        channels.addAll(d.channels());
        dossier.clear();
        d.dossier().forEach(c -> dossier.add(new DossierComponent(c.name(), c.copies())));
        timeLimit = d.timeLimit().strip();
        fees = d.fees().strip();
        applicants = d.applicants().strip();
        result = d.result().strip();
        legalBases.clear();
        d.legalBases().forEach(b -> legalBases.add(new LegalBasis(b.number(), b.title())));
        onlineUrl = d.onlineUrl() == null || d.onlineUrl().isBlank() ? null : d.onlineUrl().strip();
        onlineLevel = onlineUrl == null ? null : d.onlineLevel();
        searchText = searchTextOf(code, name, field, body);
        touch(by, now);
    }

    /** Replaces the forms and sample dossiers offered for download. */
    public void offerFiles(List<SampleFile> newFiles, String by, Instant now) {
        files.clear();
        files.addAll(newFiles);
        touch(by, now);
    }

    public void withdraw(String by, Instant now) {
        active = false;
        touch(by, now);
    }

    public void reinstate(String by, Instant now) {
        active = true;
        touch(by, now);
    }

    /** The description as it stands, to edit it. */
    public ProcedureDescription description() {
        return new ProcedureDescription(code, name, field, level, body, steps, channels,
                dossier.stream().map(c -> new ProcedureDescription.Dossier(c.getName(), c.getCopies())).toList(),
                timeLimit, fees, applicants, result,
                legalBases.stream().map(b -> new ProcedureDescription.Basis(b.getNumber(), b.getTitle())).toList(),
                onlineUrl, onlineLevel);
    }

    /** The words a search finds the procedure by ({@link SyllableWords}): code, name, field and body. */
    public static String searchTextOf(String code, String name, String field, String body) {
        return SyllableWords.of(code, name, field, body);
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getField() { return field; }
    public String getLevel() { return level; }
    public String getBody() { return body; }
    public String getSteps() { return steps; }
    public Set<SubmissionChannel> getChannels() { return Set.copyOf(channels); }
    public List<DossierComponent> getDossier() { return List.copyOf(dossier); }
    public String getTimeLimit() { return timeLimit; }
    public String getFees() { return fees; }
    public String getApplicants() { return applicants; }
    public String getResult() { return result; }
    public List<LegalBasis> getLegalBases() { return List.copyOf(legalBases); }
    public List<SampleFile> getFiles() { return List.copyOf(files); }
    public String getOnlineUrl() { return onlineUrl; }
    public OnlineLevel getOnlineLevel() { return onlineLevel; }
    public boolean isActive() { return active; }
    public String getSearchText() { return searchText; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
