package vn.ttdt.portal.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.procedures.domain.OneStopResult;
import vn.ttdt.portal.procedures.domain.OneStopResultRepository;
import vn.ttdt.portal.procedures.domain.Procedure;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;
import vn.ttdt.portal.procedures.domain.ProcedureRepository;
import vn.ttdt.portal.procedures.domain.SampleFile;

/** Writes the demo procedures with their sample dossiers and the demo year of one-stop results. */
record DemoProcedureLoader(ProcedureRepository procedures, OneStopResultRepository oneStop, MediaRepository media,
                           MediaFiles files) {

    private static final String BY = "demo";

    void load(Site site, Map<String, Unit> unitsByShortName, Instant now) {
        DemoSampleFiles samples = new DemoSampleFiles();
        for (DemoProcedures.Seed seed : DemoProcedures.ALL) {
            ProcedureDescription description = seed.description();
            Procedure procedure = procedures.add(new Procedure(site, description, BY, now));
            byte[] pdf = samples.sampleDossier(description);
            String key = HexFormat.of().formatHex(sha256(("demo-" + seed.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .substring(0, 32);
            files.store(key, MediaFormat.PDF.extension(), pdf, Map.of());
            Media file = media.add(new Media(site, key, "ho-so-mau-" + seed.code() + ".pdf", MediaFormat.PDF, pdf.length,
                    HexFormat.of().formatHex(sha256(pdf)), null, null, BY, now));
            procedure.offerFiles(List.of(new SampleFile(file, "Bộ hồ sơ mẫu: " + seed.name())), BY, now);
        }
        for (DemoOneStop.Row row : DemoOneStop.year()) {
            oneStop.add(new OneStopResult(site, unitsByShortName.get(row.unitShortName()), row.period(), row.counts(), BY, now));
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
