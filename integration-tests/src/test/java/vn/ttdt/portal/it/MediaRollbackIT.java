package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.content.media.application.MediaIntake;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.organisation.application.SiteDirectory;

/** An uploaded file follows the transaction that records it: kept when it commits, taken back when it rolls back later. */
@ExtendWith(InContainer.class)
class MediaRollbackIT {

    @Inject
    MediaIntake intake;

    @Inject
    MediaFiles files;

    @Inject
    SiteDirectory sites;

    @Resource
    UserTransaction tx;

    @Test
    void aFileWhoseTransactionRollsBackAfterTheUploadIsTakenBack() throws Exception {
        tx.begin();
        MediaView uploaded = intake.accept(sites.current(), "ke-hoach.pdf", pdf(), "test");
        assertTrue(files.original(uploaded.key(), MediaFormat.PDF).isPresent(), "written while the transaction runs");
        tx.rollback();

        assertFalse(files.original(uploaded.key(), MediaFormat.PDF).isPresent(), "no file without its row");
    }

    @Test
    void aFileWhoseTransactionCommitsStays() throws Exception {
        tx.begin();
        MediaView uploaded = intake.accept(sites.current(), "ke-hoach.pdf", pdf(), "test");
        tx.commit();

        assertTrue(files.original(uploaded.key(), MediaFormat.PDF).isPresent());
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
