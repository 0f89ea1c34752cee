package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.questions.application.AttachmentStore;
import vn.ttdt.portal.questions.application.QuestionFile;
import vn.ttdt.portal.questions.application.QuestionIntake;
import vn.ttdt.portal.questions.application.QuestionRequest;
import vn.ttdt.portal.questions.domain.Attachment;
import vn.ttdt.portal.questions.domain.QuestionRepository;

/**
 * In the container: a question's file follows its transaction. A file written for a question whose transaction then
 * rolls back (after the file was on disk, for any reason) leaves nothing on disk; a file taken off is deleted only once
 * that is committed.
 */
@ExtendWith(InContainer.class)
class QuestionFilesTransactionIT {

    @Inject
    QuestionIntake intake;

    @Inject
    QuestionRepository questions;

    @Inject
    AttachmentStore attachments;

    @Inject
    SiteDirectory sites;

    @Resource
    UserTransaction tx;

    @Test
    void theFileOfAQuestionWhoseTransactionRollsBackAfterItWasWrittenIsNotLeftOnDisk() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        QuestionRequest request = new QuestionRequest("Người hỏi " + token, "hoan." + token + "@example.org", null, null, "LAND",
                "Câu hỏi hoàn tác " + token, "Nội dung câu hỏi hoàn tác " + token, "PRIVATE");

        tx.begin();
        String code = intake.ask(request, new QuestionFile("giấy tờ.png", png()), "192.0.2." + (1 + Math.floorMod(token.hashCode(), 250)));
        Path written = questions.byCode(sites.current(), code).flatMap(q -> q.attachment()).flatMap(attachments::file).orElseThrow();
        assertTrue(Files.exists(written), "the file is on disk while the transaction runs");
        tx.rollback();

        assertFalse(Files.exists(written), "no orphan file after the rollback: " + written);
        tx.begin();
        assertEquals(Optional.empty(), questions.byCode(sites.current(), code).map(q -> q.getTrackingCode()), "nor the question");
        tx.commit();
    }

    @Test
    void aFileTakenOffIsDeletedOnlyOnceThatIsCommitted() throws Exception {
        tx.begin();
        Attachment kept = attachments.keep(new QuestionFile("so-do.png", png()));
        tx.commit();
        Path file = attachments.file(kept).orElseThrow();

        tx.begin();
        attachments.discardOnCommit(kept);
        tx.rollback();
        assertTrue(Files.exists(file), "the removal rolled back: the file stays");

        tx.begin();
        attachments.discardOnCommit(kept);
        assertTrue(Files.exists(file), "still there until the commit");
        tx.commit();
        assertFalse(Files.exists(file), "gone once committed");
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
