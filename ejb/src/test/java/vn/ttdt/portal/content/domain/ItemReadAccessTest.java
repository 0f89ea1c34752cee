package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;

/** Who reads an item and an uploaded file in the back office: every role as creator, co-author, reporter of the unit, or anybody else. */
class ItemReadAccessTest {

    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");
    private static final long CO_AUTHOR_ACCOUNT = 42L;

    /** Which roles read the item in each relation to it, straight from the rule; every other role does not. */
    private static final String READERS = """
            # relation    | roles that read
            CREATOR       | CONTRIBUTOR UNIT_REPORTER EDITOR APPROVER QUOTA_SUPERVISOR FINANCE IT_ADMIN
            CO_AUTHOR     | CONTRIBUTOR UNIT_REPORTER EDITOR APPROVER QUOTA_SUPERVISOR FINANCE IT_ADMIN
            SAME_UNIT     | UNIT_REPORTER EDITOR APPROVER
            OTHER         | EDITOR APPROVER
            """;

    private enum Relation { CREATOR, CO_AUTHOR, SAME_UNIT, OTHER }

    private final Site camMy = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final UnitGroup communes = new UnitGroup(camMy, "xa", "Xã, thị trấn", "Chủ tịch UBND", 1);
    private final Unit longGiao = new Unit(camMy, communes, "UBND xã Long Giao", "Xã Long Giao", null, NOW);
    private final Unit xuanDuong = new Unit(camMy, communes, "UBND xã Xuân Đường", "Xã Xuân Đường", null, NOW);
    private final ContentItem item = item();

    @Test
    void everyRoleReadsAnItemExactlyAsTheRuleSays() {
        List<String> wrong = new ArrayList<>();
        for (String line : READERS.strip().lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] cells = line.split("\\|");
            Relation relation = Relation.valueOf(cells[0].strip());
            Set<Role> readers = EnumSet.noneOf(Role.class);
            for (String role : cells[1].strip().split("\\s+")) {
                readers.add(Role.valueOf(role));
            }
            for (Role role : Role.values()) {
                boolean reads = ItemReadAccess.mayRead(reader(role, relation), item);
                if (reads != readers.contains(role)) {
                    wrong.add(role + " as " + relation + (reads ? " reads" : " does not read"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theReporterOfAnotherUnitOrOfNoUnitDoesNotRead() {
        ContentItem fromNowhere = new ContentItem(camMy, "tin-khong-don-vi", "bientap.demo", NOW);

        assertEquals(false, ItemReadAccess.mayRead(new ItemReadAccess.Reader("daumoi.demo", 7L, xuanDuong, Set.of(Role.UNIT_REPORTER)), item));
        assertEquals(false, ItemReadAccess.mayRead(new ItemReadAccess.Reader("daumoi.demo", 7L, null, Set.of(Role.UNIT_REPORTER)), item));
        assertEquals(false, ItemReadAccess.mayRead(new ItemReadAccess.Reader("daumoi.demo", 7L, longGiao, Set.of(Role.UNIT_REPORTER)), fromNowhere));
    }

    @Test
    void anAuthorWithoutAnAccountGivesNobodyWithoutAnAccountTheRightToRead() {
        assertEquals(false, ItemReadAccess.mayRead(new ItemReadAccess.Reader("khach", null, null, Set.of(Role.CONTRIBUTOR)), item));
    }

    @Test
    void anUploadedFileIsReadByTheUploaderAndTheEditorialBoardOnly() {
        Media photo = new Media(camMy, "0123abcd", "le-hoi.jpg", MediaFormat.JPEG, 2048, "ab".repeat(32), 800, 600, "ctv.demo", NOW);
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            if (!ItemReadAccess.mayRead(new ItemReadAccess.Reader("ctv.demo", 1L, longGiao, Set.of(role)), photo)) {
                wrong.add(role + " as uploader does not read");
            }
            boolean other = ItemReadAccess.mayRead(new ItemReadAccess.Reader("nguoi.khac", 2L, longGiao, Set.of(role)), photo);
            if (other != (role == Role.EDITOR || role == Role.APPROVER)) {
                wrong.add(role + " as someone else " + (other ? "reads" : "does not read"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    private ItemReadAccess.Reader reader(Role role, Relation relation) {
        return switch (relation) {
            case CREATOR -> new ItemReadAccess.Reader("ctv.demo", 1L, xuanDuong, Set.of(role));
            case CO_AUTHOR -> new ItemReadAccess.Reader("dong.tac.gia", CO_AUTHOR_ACCOUNT, xuanDuong, Set.of(role));
            case SAME_UNIT -> new ItemReadAccess.Reader("cung.don.vi", 3L, longGiao, Set.of(role));
            case OTHER -> new ItemReadAccess.Reader("nguoi.khac", 4L, xuanDuong, Set.of(role));
        };
    }

    private ContentItem item() {
        ContentItem written = new ContentItem(camMy, "tin-long-giao", "ctv.demo", NOW);
        written.write(ContentKind.NEWS, Genre.NEWS_OR_REPLY, "Tin", "Sapo", "<p>Nội dung</p>", null, longGiao,
                List.of(new AuthorShare("An Nhiên", null, BigDecimal.valueOf(50)),
                        new AuthorShare("Đồng tác giả", CO_AUTHOR_ACCOUNT, BigDecimal.valueOf(50))), false, NOW);
        return written;
    }
}
