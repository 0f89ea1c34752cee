package vn.ttdt.portal.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.MediaRefused;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.UploadRules;
import vn.ttdt.portal.questions.domain.Attachment;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.Settings;

/**
 * The files citizens send with their questions: checked by the upload rules (format told by content and matching the
 * name, size, nothing hidden), at most {@code -Dportal.questions.attachment-mb} (default 5) MB, kept with the uploads
 * but with no media record, so that nothing public ever serves them.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private MediaFiles files;

    /** Why the file cannot be taken, in Vietnamese; empty when it can. */
    public Optional<String> refusal(QuestionFile file) {
        try {
            UploadRules.check(UploadRules.cleanName(file.name()), file.bytes(), limits());
            return Optional.empty();
        } catch (MediaRefused refused) {
            return Optional.of(DomainTexts.text("question.attachment.refused", DomainTexts.text(refused.messageKey(), refused.arguments())));
        }
    }

    /** Keeps a file that passed {@link #refusal}. */
    public Attachment keep(QuestionFile file) {
        String name = UploadRules.cleanName(file.name());
        MediaFormat format = UploadRules.check(name, file.bytes(), limits());
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        files.store(key, format.extension(), file.bytes(), Map.of());
        return new Attachment(key, name, format, file.bytes().length);
    }

    /** Takes back a kept file whose question was not stored after all. */
    public void discard(Attachment attachment) {
        files.remove(attachment.getKey());
    }

    public Optional<Path> file(Attachment attachment) {
        return files.original(attachment.getKey(), attachment.getFormat());
    }

    public static long maxBytes() {
        return Settings.integer("portal.questions.attachment-mb", 5) * 1024L * 1024;
    }

    private static MediaLimits limits() {
        return new MediaLimits(maxBytes(), maxBytes(), MediaLimits.DEFAULT.maxPixels(), MediaLimits.DEFAULT.maxSide());
    }
}
