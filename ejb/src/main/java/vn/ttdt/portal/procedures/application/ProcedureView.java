package vn.ttdt.portal.procedures.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.procedures.domain.Procedure;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;
import vn.ttdt.portal.procedures.domain.SampleFile;

/**
 * A procedure as screens, the public pages and both APIs show it.
 *
 * @param channels the ways to submit ({@code IN_PERSON}, {@code POST}, {@code ONLINE})
 * @param onlineLevel {@code FULL} or {@code PARTIAL}; null without a link to the province's portal
 */
public record ProcedureView(long id, String code, String name, String field, String level, String body, String steps,
                            List<String> channels, List<ProcedureDescription.Dossier> dossier, String timeLimit,
                            String fees, String applicants, String result, List<ProcedureDescription.Basis> legalBases,
                            List<FileLink> files, String onlineUrl, String onlineLevel, boolean active, long version,
                            Instant updatedAt) implements Serializable {

    /** A form or sample dossier to download from the public site at {@code url}. */
    public record FileLink(String label, String fileName, String format, long size, String url) implements Serializable {

        static FileLink of(SampleFile file) {
            return new FileLink(file.getLabel(), file.getMedia().getOriginalName(), file.getMedia().getFormat().name(),
                    file.getMedia().getSize(), "/ho-so-mau/" + file.getMedia().getKey());
        }
    }

    public static ProcedureView of(Procedure p) {
        ProcedureDescription d = p.description();
        return new ProcedureView(p.getId() == null ? 0 : p.getId(), d.code(), d.name(), d.field(), d.level(), d.body(), d.steps(),
                d.channels().stream().sorted().map(Enum::name).toList(), d.dossier(), d.timeLimit(), d.fees(),
                d.applicants(), d.result(), d.legalBases(), p.getFiles().stream().map(FileLink::of).toList(), d.onlineUrl(),
                d.onlineLevel() == null ? null : d.onlineLevel().name(), p.isActive(), p.getVersion(), p.getUpdatedAt());
    }

    /** The steps one per line, for a list on a page. */
    public List<String> stepLines() {
        return steps.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
