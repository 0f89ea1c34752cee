package vn.ttdt.portal.admin.procedures;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ttdt.portal.procedures.application.ProcedureView;
import vn.ttdt.portal.procedures.domain.OnlineLevel;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;
import vn.ttdt.portal.procedures.domain.SubmissionChannel;

/**
 * What the procedure dialog edits. The dossier and the legal bases are typed one per line: {@code Tờ khai | 1}
 * (a component and its copies, 1 when left out) and {@code 60/2014/QH13 | Luật Hộ tịch} (number and title).
 */
public class ProcedureForm implements Serializable {

    private static final String SEPARATOR = "|";

    private Long id;
    private long version;
    private String code;
    private String name;
    private String field;
    private String level;
    private String body;
    private String steps;
    private List<String> channels = new ArrayList<>();
    private String dossier;
    private String timeLimit;
    private String fees;
    private String applicants;
    private String result;
    private String legalBases;
    private String onlineUrl;
    private String onlineLevel;

    public static ProcedureForm of(ProcedureView v) {
        ProcedureForm f = new ProcedureForm();
        f.id = v.id();
        f.version = v.version();
        f.code = v.code();
        f.name = v.name();
        f.field = v.field();
        f.level = v.level();
        f.body = v.body();
        f.steps = v.steps();
        f.channels = new ArrayList<>(v.channels());
        f.dossier = v.dossier().stream().map(d -> d.name() + " " + SEPARATOR + " " + d.copies()).collect(Collectors.joining("\n"));
        f.timeLimit = v.timeLimit();
        f.fees = v.fees();
        f.applicants = v.applicants();
        f.result = v.result();
        f.legalBases = v.legalBases().stream().map(b -> b.number() + " " + SEPARATOR + " " + b.title()).collect(Collectors.joining("\n"));
        f.onlineUrl = v.onlineUrl();
        f.onlineLevel = v.onlineLevel();
        return f;
    }

    public ProcedureDescription toDescription() {
        Set<SubmissionChannel> chosen = EnumSet.noneOf(SubmissionChannel.class);
        channels.forEach(c -> chosen.add(SubmissionChannel.valueOf(c)));
        List<ProcedureDescription.Dossier> components = lines(dossier).stream().map(line -> {
            int bar = line.lastIndexOf(SEPARATOR);
            String copies = bar < 0 ? "1" : line.substring(bar + 1).strip();
            return new ProcedureDescription.Dossier(bar < 0 ? line : line.substring(0, bar).strip(),
                    copies.matches("[0-9]{1,3}") ? Integer.parseInt(copies) : 0);
        }).toList();
        List<ProcedureDescription.Basis> bases = lines(legalBases).stream().map(line -> {
            int bar = line.indexOf(SEPARATOR);
            return bar < 0 ? new ProcedureDescription.Basis(line, null)
                    : new ProcedureDescription.Basis(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }).toList();
        return new ProcedureDescription(code, name, field, level, body, steps, chosen, components, timeLimit, fees,
                applicants, result, bases, onlineUrl, onlineLevel == null || onlineLevel.isBlank() ? null : OnlineLevel.valueOf(onlineLevel));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSteps() { return steps; }
    public void setSteps(String steps) { this.steps = steps; }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> channels) { this.channels = channels == null ? new ArrayList<>() : channels; }
    public String getDossier() { return dossier; }
    public void setDossier(String dossier) { this.dossier = dossier; }
    public String getTimeLimit() { return timeLimit; }
    public void setTimeLimit(String timeLimit) { this.timeLimit = timeLimit; }
    public String getFees() { return fees; }
    public void setFees(String fees) { this.fees = fees; }
    public String getApplicants() { return applicants; }
    public void setApplicants(String applicants) { this.applicants = applicants; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getLegalBases() { return legalBases; }
    public void setLegalBases(String legalBases) { this.legalBases = legalBases; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
    public String getOnlineLevel() { return onlineLevel; }
    public void setOnlineLevel(String onlineLevel) { this.onlineLevel = onlineLevel; }
}
