package vn.ttdt.portal.site.rating.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.rating.domain.RatedPage;
import vn.ttdt.portal.site.rating.domain.RatedPages;
import vn.ttdt.portal.site.rating.domain.RatingKind;
import vn.ttdt.portal.site.rating.domain.RatingRepository;
import vn.ttdt.portal.site.rating.domain.RatingVote;
import vn.ttdt.portal.site.rating.domain.VoterKey;

/**
 * Takes anonymous votes on public pages: only for a page the site publishes, a score from 1 to 5 and a comment of at
 * most {@value RatingVote#COMMENT_MAX} characters; counted once per browser, page and Vietnamese day by a daily-salted
 * key, within the flood limit. Neither the address nor the browser's description is stored.
 */
@Stateless
@PermitAll
public class RatingDesk {

    @Inject
    private RatingRepository ratings;

    @Inject
    private RatedPages pages;

    @Inject
    private RatingLimits limits;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    /** The outcome, or empty when no page of this site answers to the kind and reference (answered like an unknown page). */
    public Optional<RatingReceipt> rate(RatingRequest request, String address, String userAgent) {
        return rate(request, address, userAgent, clock.instant());
    }

    public Optional<RatingReceipt> rate(RatingRequest request, String address, String userAgent, Instant now) {
        Optional<RatedPage> page = kind(request.kind()).flatMap(kind -> pages.find(kind, request.ref()));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RatingReceipt(vote(page.get(), request, address, userAgent, now), page.get().path()));
    }

    private RatingOutcome vote(RatedPage page, RatingRequest request, String address, String userAgent, Instant now) {
        int score = score(request.score());
        if (score == 0 || request.comment() != null && request.comment().strip().length() > RatingVote.COMMENT_MAX) {
            return RatingOutcome.INVALID;
        }
        LocalDate day = BusinessCalendar.dayOf(now);
        String salt = ratings.saltOf(day);
        if (!limits.admit(VoterKey.ofVisitor(salt, address), now)) {
            return RatingOutcome.TOO_MANY;
        }
        Site site = sites.current();
        String key = VoterKey.of(salt, site.getId(), page.kind(), page.ref(), address, userAgent);
        boolean counted = ratings.addOncePerDay(new RatingVote(site, page, score, request.comment(), day, key));
        return counted ? RatingOutcome.RECORDED : RatingOutcome.ALREADY_TODAY;
    }

    private static Optional<RatingKind> kind(String name) {
        return Arrays.stream(RatingKind.values()).filter(k -> k.name().equals(name)).findFirst();
    }

    private static int score(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.length() != 1 || !Character.isDigit(digits.charAt(0))) {
            return 0;
        }
        int score = digits.charAt(0) - '0';
        return score >= RatingVote.LOWEST && score <= RatingVote.HIGHEST ? score : 0;
    }
}
