package vn.ttdt.portal.procedures.application;

import java.util.List;

/**
 * A procedure as the back-office API takes it: the fields of a catalogue record ({@link ProcedureBatch.ProcedureRecord},
 * checked by the same rules) and, when changing one, the {@code version} read before editing (null: no check).
 */
public record ProcedureDraft(String code, String name, String field, String level, String body, String steps,
                             List<String> channels, List<ProcedureBatch.Dossier> dossier, String timeLimit, String fees,
                             String applicants, String result, List<ProcedureBatch.Basis> legalBases, String onlineUrl,
                             String onlineLevel, Long version) {

    ProcedureBatch.ProcedureRecord record() {
        return new ProcedureBatch.ProcedureRecord(code, name, field, level, body, steps, channels, dossier, timeLimit, fees,
                applicants, result, legalBases, onlineUrl, onlineLevel);
    }
}
