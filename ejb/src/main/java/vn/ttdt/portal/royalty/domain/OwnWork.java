package vn.ttdt.portal.royalty.domain;

import java.util.List;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.AuthorShares;

/**
 * Separation of duties in grading (chấm nhuận bút): nobody grades their own work, that is, a work they wrote in the
 * back-office (its creator) or on which they are an author, linked by their account or named by their full name or
 * pen name; another approver grades it. A work imported from the old portal was published before it was entered here:
 * whoever imported it is not its writer, only its authors count.
 */
public final class OwnWork {

    private OwnWork() {
    }

    /**
     * True when the grader is the work's {@code writer} (its creator, or null for an imported work) or one of its authors.
     *
     * @param grader the grader's login, account id (null when unknown), full name and pen name (either may be null)
     */
    public static boolean of(String writer, List<AuthorShare> authors, Grader grader) {
        return grader.login().equals(writer) || authors.stream().anyMatch(author -> grader.accountId() != null
                && grader.accountId().equals(author.getAccountId())
                || AuthorShares.namesHolder(author.getName(), grader.fullName(), grader.penName()));
    }

    /** The person grading: login, account and the names they write under. */
    public record Grader(String login, Long accountId, String fullName, String penName) {
    }
}
