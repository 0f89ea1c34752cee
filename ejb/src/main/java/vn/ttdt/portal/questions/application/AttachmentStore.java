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
import vn.ttdt.portal.shared.application.TransactionOutcome;

/**
 * The files citizens send with their questions and units attach to their answers: checked by the upload rules (format
 * told by content and matching the name, size, nothing hidden), at most {@code -Dportal.questions.attachment-mb}
 * (default 5) MB, kept with the uploads but with no media record, so that only the questions' own pages serve them.
 * A file follows the transaction of its question: written files are taken back when it rolls back, a file taken off
 * an answer is deleted once that is committed.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private MediaFiles files;

    @Inject
    private TransactionOutcome transaction;

    /** Why the file cannot be taken, in Vietnamese; empty when it can. */
    public Optional<String> refusal(QuestionFile file) {
        try {
            UploadRules.check(UploadRules.cleanName(file.name()), file.bytes(), limits());
            return Optional.empty();
        } catch (MediaRefused refused) {
            return Optional.of(DomainTexts.text("question.attachment.refused", DomainTexts.text(refused.messageKey(), refused.arguments())));
        }
    }

    /** Keeps a file that passes the upload rules ({@link MediaRefused} otherwise) until the current transaction rolls back. */
    public Attachment keep(QuestionFile file) {
        String name = UploadRules.cleanName(file.name());
        MediaFormat format = UploadRules.check(name, file.bytes(), limits());
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        transaction.onRollback(() -> files.remove(key));
        files.store(key, format.extension(), file.bytes(), Map.of());
        return new Attachment(key, name, format, file.bytes().length);
    }

    /** Deletes the file of an attachment once the current transaction, which took it off its question, is committed. */
    public void discardOnCommit(Attachment attachment) {
        transaction.afterCommit(() -> files.remove(attachment.getKey()));
    }

    public Optional<Path> file(Attachment attachment) {
        return files.original(attachment.getKey(), attachment.getFormat());
    }

    /** The kept file of an attachment with its name and content type, to hand out; empty when the file is gone. */
    public Optional<AttachedFile> handOut(Attachment attachment) {
        return file(attachment).map(path -> new AttachedFile(attachment.getName(), attachment.getFormat().contentType(), path));
    }

    public static long maxBytes() {
        return Settings.integer("portal.questions.attachment-mb", 5) * 1024L * 1024;
    }

    private static MediaLimits limits() {
        return new MediaLimits(maxBytes(), maxBytes(), MediaLimits.DEFAULT.maxPixels(), MediaLimits.DEFAULT.maxSide());
    }
}
