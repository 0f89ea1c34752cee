package vn.ttdt.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.UploadRules;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;

class DemoProceduresTest {

    @Test
    void thirtyValidProceduresWithUniqueCodesOfBothLevels() {
        List<ProcedureDescription> all = DemoProcedures.ALL.stream().map(DemoProcedures.Seed::description).toList();
        assertEquals(30, all.size());
        all.forEach(d -> assertEquals(List.of(), d.violations(), d.code()));
        assertEquals(30, all.stream().map(ProcedureDescription::code).collect(Collectors.toSet()).size());
        assertEquals(Set.of(DemoProcedures.COMMUNE, DemoProcedures.DISTRICT),
                all.stream().map(ProcedureDescription::level).collect(Collectors.toSet()));
        assertTrue(all.stream().anyMatch(d -> d.onlineUrl() != null) && all.stream().anyMatch(d -> d.onlineUrl() == null));
    }

    @Test
    void aYearOfOneStopResultsThatAddUpAndCarryOverWhatWasLeftInProgress() {
        List<DemoOneStop.Row> rows = DemoOneStop.year();
        assertEquals(DemoOneStop.units().size() * 12, rows.size());
        rows.forEach(r -> assertTrue(r.counts().addsUp(), r.toString()));
        rows.forEach(r -> assertTrue(r.counts().getResolvedLate() >= 0 && r.counts().getResolvedEarly() >= 0, r.toString()));
        for (int i = 1; i < rows.size(); i++) {
            DemoOneStop.Row before = rows.get(i - 1);
            DemoOneStop.Row row = rows.get(i);
            if (row.unitShortName().equals(before.unitShortName())) {
                assertEquals(before.counts().inProgress(), row.counts().getCarriedOver(), row.toString());
            }
        }
        Set<String> seeded = DemoUnits.GROUPS.stream().flatMap(g -> g.units().stream()).map(DemoUnits.UnitSeed::shortName)
                .collect(Collectors.toSet());
        assertTrue(seeded.containsAll(DemoOneStop.units()), "every demo one-stop unit is a demo unit");
    }

    @Test
    void theSampleDossierIsAPdfThatPassesTheUploadChecks() {
        byte[] pdf = new DemoSampleFiles().sampleDossier(DemoProcedures.ALL.get(0).description());
        assertEquals(MediaFormat.PDF, UploadRules.check("ho-so-mau.pdf", pdf, MediaLimits.DEFAULT));
        assertTrue(pdf.length < 200_000, "subset font: " + pdf.length);
    }
}
