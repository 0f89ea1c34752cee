package vn.ttdt.portal.content.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Unit;

/**
 * Who may read a news item or article in the back office, beside {@link EditorialWorkflow}'s table of who may
 * change it: the person who created it, the authors named with their account, the reporter (cán bộ đầu mối) of
 * its source unit, and the editorial board — editors and approvers, who take every submitted item through the
 * workflow. Anybody else is not told the item exists: its text, revisions, comments, autosaves and place among
 * similar or related items stay hidden from them. An uploaded file is read by the person who uploaded it and by
 * the editorial board, and only they put it into an item (an item keeps the pictures it shows already).
 */
public final class ItemReadAccess {

    private static final Set<Role> EDITORIAL_BOARD = EnumSet.of(Role.EDITOR, Role.APPROVER);

    /** The person reading: their login, their account and unit (null when they have none) and their roles. */
    public record Reader(String login, Long accountId, Unit unit, Set<Role> roles) {

        public Reader {
            Objects.requireNonNull(login, "login");
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        boolean isOnTheEditorialBoard() {
            return roles.stream().anyMatch(EDITORIAL_BOARD::contains);
        }
    }

    private ItemReadAccess() {
    }

    public static boolean mayRead(Reader reader, ContentItem item) {
        return reader.isOnTheEditorialBoard()
                || item.isWrittenBy(reader.login())
                || reader.accountId() != null && item.getAuthors().stream().anyMatch(a -> reader.accountId().equals(a.getAccountId()))
                || reader.roles().contains(Role.UNIT_REPORTER) && sameUnit(reader.unit(), item.getSourceUnit());
    }

    public static boolean mayRead(Reader reader, Media media) {
        return reader.isOnTheEditorialBoard() || reader.login().equals(media.getUploadedBy());
    }

    private static boolean sameUnit(Unit mine, Unit items) {
        return mine != null && items != null && (mine == items || mine.getId() != null && mine.getId().equals(items.getId()));
    }
}
