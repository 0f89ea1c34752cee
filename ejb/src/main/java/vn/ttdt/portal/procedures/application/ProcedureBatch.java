package vn.ttdt.portal.procedures.application;

import java.util.List;

/**
 * A catalogue of procedures to import (JSON): each record is added, or replaces the description of the procedure with
 * the same code. Channels are {@code IN_PERSON}, {@code POST}, {@code ONLINE}; the online level {@code FULL} or
 * {@code PARTIAL} goes with an {@code https} link to the province's portal.
 */
public record ProcedureBatch(List<ProcedureRecord> procedures) {

    public record ProcedureRecord(String code, String name, String field, String level, String body, String steps,
                         List<String> channels, List<Dossier> dossier, String timeLimit, String fees, String applicants,
                         String result, List<Basis> legalBases, String onlineUrl, String onlineLevel) {
    }

    public record Dossier(String name, Integer copies) {
    }

    public record Basis(String number, String title) {
    }
}
