package vn.ttdt.portal.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.site.pages.application.OrganisationBodyDraft;
import vn.ttdt.portal.site.pages.application.OrganisationBodyView;
import vn.ttdt.portal.site.pages.application.SiteInformationEditing;

/** The organisation chart screen: the bodies as a tree; a dialog edits a body, its place, functions and leaders. */
@Named("orgChart")
@ViewScoped
public class OrganisationChartView implements Serializable {

    @Inject
    private SiteInformationEditing editing;

    @Inject
    private PhotoUploads photos;

    @Inject
    private Feedback feedback;

    private List<OrganisationBodyView> bodies = List.of();
    private Long id;
    private Long parentId;
    private String name;
    private String nameEn;
    private String functions;
    private String functionsEn;
    private int position;
    private Long version;
    private List<LeaderRow> leaders = new ArrayList<>();

    @PostConstruct
    void init() {
        bodies = editing.organisationChart();
    }

    public void startNew() {
        edit(new OrganisationBodyView(0, null, 0, "", null, "", "", bodies.size() + 1, List.of(), 0));
        id = null;
        version = null;
    }

    public void edit(OrganisationBodyView body) {
        id = body.id();
        parentId = body.parentId();
        name = body.name();
        nameEn = body.nameEn();
        functions = body.functions();
        functionsEn = body.functionsEn();
        position = body.position();
        version = body.version();
        leaders = new ArrayList<>(body.leaders().stream().map(LeaderRow::of).toList());
    }

    public void addLeader() {
        leaders.add(new LeaderRow());
    }

    public void removeLeader(int index) {
        leaders.remove(index);
    }

    /** A photo for the leader whose row carries the {@code leaderIndex} attribute. */
    public void uploadPhoto(FileUploadEvent event) {
        int index = ((Number) event.getComponent().getAttributes().get("leaderIndex")).intValue();
        String key = photos.upload(event.getFile());
        if (key != null && index < leaders.size()) {
            leaders.get(index).setPhotoKey(key);
        }
    }

    public void save() {
        OrganisationBodyDraft draft = new OrganisationBodyDraft(parentId, name, nameEn, functions, functionsEn, position,
                leaders.stream().map(LeaderRow::toEntry).toList(), version);
        Long editing = id;
        OrganisationBodyView saved = feedback.attempt(() -> this.editing.saveBody(editing, draft), "orgChart.saved");
        if (saved != null) {
            bodies = this.editing.organisationChart();
            PrimeFaces.current().executeScript("PF('bodyDialog').hide()");
        }
    }

    /** Removes a body; one with bodies below it is refused with the reason. */
    public void delete(OrganisationBodyView body) {
        if (feedback.done(() -> editing.deleteBody(body.id()), "orgChart.deleted")) {
            bodies = editing.organisationChart();
        }
    }

    /** The bodies that may hold the edited one: every body but itself and those below it. */
    public List<OrganisationBodyView> getParents() {
        List<OrganisationBodyView> choices = new ArrayList<>();
        int skippedDepth = -1;
        for (OrganisationBodyView body : bodies) {
            if (skippedDepth >= 0 && body.depth() > skippedDepth) {
                continue;
            }
            skippedDepth = -1;
            if (id != null && body.id() == id) {
                skippedDepth = body.depth();
                continue;
            }
            choices.add(body);
        }
        return choices;
    }

    /** A body's name indented by its depth, for the parent choice. */
    public String indented(OrganisationBodyView body) {
        return "— ".repeat(body.depth()) + body.name();
    }

    public List<OrganisationBodyView> getBodies() { return bodies; }
    public boolean isNew() { return id == null; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getFunctions() { return functions; }
    public void setFunctions(String functions) { this.functions = functions; }
    public String getFunctionsEn() { return functionsEn; }
    public void setFunctionsEn(String functionsEn) { this.functionsEn = functionsEn; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public List<LeaderRow> getLeaders() { return leaders; }
}
