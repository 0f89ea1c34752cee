package vn.ttdt.portal.procedures.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything that describes a procedure, as the back-office, the import and the demo data give it; {@link #violations()}
 * lists every rule it breaks, so that a screen shows them all and an import numbers them.
 */
public record ProcedureDescription(String code, String name, String field, String level, String body, String steps,
                                   Set<SubmissionChannel> channels, List<Dossier> dossier, String timeLimit, String fees,
                                   String applicants, String result, List<Basis> legalBases, String onlineUrl,
                                   OnlineLevel onlineLevel) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

    /** A component of the dossier and its number of copies (1–20). */
    public record Dossier(String name, int copies) implements Serializable {
    }

    /** A legal basis by number/symbol and title. */
    public record Basis(String number, String title) implements Serializable {
    }

    public ProcedureDescription {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        dossier = dossier == null ? List.of() : List.copyOf(dossier);
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            found.add(Violation.of("code", "procedure.code.invalid"));
        }
        required(found, "name", name, 500);
        required(found, "field", field, 200);
        required(found, "level", level, 60);
        required(found, "body", body, 255);
        required(found, "steps", steps, 10_000);
        required(found, "timeLimit", timeLimit, 500);
        required(found, "fees", fees, 1000);
        required(found, "applicants", applicants, 1000);
        required(found, "result", result, 1000);
        if (channels.isEmpty()) {
            found.add(Violation.of("channels", "procedure.channels.required"));
        }
        for (int i = 0; i < dossier.size(); i++) {
            Dossier d = dossier.get(i);
            if (d == null || blankOrLonger(d.name(), 500) || d.copies() < 1 || d.copies() > 20) {
                found.add(Violation.of("dossier", "procedure.dossier.invalid", i + 1));
            }
        }
        for (int i = 0; i < legalBases.size(); i++) {
            Basis b = legalBases.get(i);
            if (b == null || blankOrLonger(b.number(), 60) || blankOrLonger(b.title(), 500)) {
                found.add(Violation.of("legalBases", "procedure.legalBasis.invalid", i + 1));
            }
        }
        boolean hasUrl = onlineUrl != null && !onlineUrl.isBlank();
        if (hasUrl && !PublicServiceLink.isValid(onlineUrl.strip())) {
            found.add(Violation.of("onlineUrl", "procedure.onlineUrl.invalid"));
        }
        if (hasUrl != (onlineLevel != null)) {
            found.add(Violation.of("onlineLevel", "procedure.onlineLevel.withUrl"));
        }
        return found;
    }

    private static void required(List<Violation> found, String field, String value, int max) {
        if (blankOrLonger(value, max)) {
            found.add(Violation.of(field, "procedure.text.required", max));
        }
    }

    private static boolean blankOrLonger(String text, int max) {
        return text == null || text.isBlank() || text.strip().length() > max;
    }
}
