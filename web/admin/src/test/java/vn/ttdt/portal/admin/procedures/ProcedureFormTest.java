package vn.ttdt.portal.admin.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.procedures.domain.OnlineLevel;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;

class ProcedureFormTest {

    @Test
    void dossierAndLegalBasesAreReadOnePerLine() {
        ProcedureForm form = new ProcedureForm();
        form.setDossier("Tờ khai đăng ký khai sinh | 1\n\n  Giấy chứng sinh  \nBản sao giấy tờ tùy thân | 2 ");
        form.setLegalBases("60/2014/QH13 | Luật Hộ tịch\n123/2015/NĐ-CP|Nghị định hướng dẫn Luật Hộ tịch");
        form.setChannels(List.of("IN_PERSON", "ONLINE"));
        form.setOnlineLevel("FULL");
        ProcedureDescription d = form.toDescription();
        assertEquals(List.of(new ProcedureDescription.Dossier("Tờ khai đăng ký khai sinh", 1),
                new ProcedureDescription.Dossier("Giấy chứng sinh", 1),
                new ProcedureDescription.Dossier("Bản sao giấy tờ tùy thân", 2)), d.dossier());
        assertEquals(List.of(new ProcedureDescription.Basis("60/2014/QH13", "Luật Hộ tịch"),
                new ProcedureDescription.Basis("123/2015/NĐ-CP", "Nghị định hướng dẫn Luật Hộ tịch")), d.legalBases());
        assertEquals(OnlineLevel.FULL, d.onlineLevel());
        assertEquals(2, d.channels().size());
    }

    @Test
    void aBadCopyCountAndAMissingTitleBecomeViolationsNotCrashes() {
        ProcedureForm form = new ProcedureForm();
        form.setDossier("Tờ khai | hai");
        form.setLegalBases("60/2014/QH13");
        form.setOnlineLevel("");
        ProcedureDescription d = form.toDescription();
        assertEquals(0, d.dossier().get(0).copies());
        assertNull(d.legalBases().get(0).title());
        assertNull(d.onlineLevel());
        List<String> fields = d.violations().stream().map(v -> v.field()).toList();
        assertEquals(true, fields.containsAll(List.of("dossier", "legalBases", "channels")));
    }
}
