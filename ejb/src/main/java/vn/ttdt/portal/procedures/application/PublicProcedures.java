package vn.ttdt.portal.procedures.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.procedures.domain.ProcedureFilter;
import vn.ttdt.portal.procedures.domain.ProcedureRepository;
import vn.ttdt.portal.procedures.domain.SampleFile;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** The procedures in force as citizens see them: the searchable catalogue, a procedure by its code, the files it offers. */
@Stateless
@PermitAll
public class PublicProcedures {

    /** The values the public filters offer. */
    public record Choices(List<String> fields, List<String> levels, List<String> bodies) {
    }

    /** A form or sample dossier to send: the file, its type and the name to save it under. */
    public record Download(Path file, String contentType, String fileName) {
    }

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private MediaFiles files;

    @Inject
    private SiteDirectory sites;

    public Page<ProcedureView> search(String words, String field, String level, String body, PageRequest page) {
        return procedures.search(sites.forReading(), ProcedureFilter.published(words, field, level, body), page)
                .map(ProcedureView::of);
    }

    public Optional<ProcedureView> byCode(String code) {
        return code == null ? Optional.empty()
                : procedures.byCode(sites.forReading(), code).filter(p -> p.isActive()).map(ProcedureView::of);
    }

    public Choices choices() {
        Site site = sites.forReading();
        return new Choices(procedures.distinct(site, "field"), procedures.distinct(site, "level"),
                procedures.distinct(site, "body"));
    }

    /** A file that a procedure in force offers, by its media key; nothing for any other upload. */
    public Optional<Download> download(String key) {
        return procedures.offering(sites.forReading(), key).flatMap(p -> p.getFiles().stream()
                        .filter(f -> f.getMedia().getKey().equals(key)).findFirst())
                .flatMap(this::download);
    }

    private Optional<Download> download(SampleFile file) {
        return files.original(file.getMedia().getKey(), file.getMedia().getFormat())
                .map(path -> new Download(path, file.getMedia().getFormat().contentType(), file.getMedia().getOriginalName()));
    }
}
