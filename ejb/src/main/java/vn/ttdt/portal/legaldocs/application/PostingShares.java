package vn.ttdt.portal.legaldocs.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ttdt.portal.legaldocs.domain.PostingRequest;
import vn.ttdt.portal.legaldocs.domain.PostingRequestRepository;
import vn.ttdt.portal.legaldocs.domain.PostingShare;
import vn.ttdt.portal.shared.domain.Quarter;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;

/**
 * What the quarterly quota job reads for rule 5 (DOMAIN.md): the posting requests received in a quarter (Vietnamese
 * time) and how many of them were posted by the quarter's last day, for one requesting unit or for the whole site.
 * No HTTP caller reaches it; the quota context calls it in process.
 */
@Stateless
@PermitAll
public class PostingShares {

    @Inject
    private PostingRequestRepository requests;

    /** The share of {@code unit}'s requests; with a null unit, of every unit's. */
    public PostingShare of(Site site, Unit unit, Quarter quarter) {
        List<PostingRequest> received = requests.receivedBetween(site, unit, quarter.start(), quarter.end());
        long posted = received.stream().filter(r -> r.postedBefore(quarter.end())).count();
        return new PostingShare(quarter, received.size(), posted);
    }

    /**
     * For each quarter from {@code first} to {@code last}, the share of every unit's requests and the ids of those
     * posted in time, the requests read once; a quarter without requests answers a share of none.
     */
    public Map<Quarter, QuarterRequests> ofEachQuarter(Site site, Quarter first, Quarter last) {
        Map<Quarter, List<PostingRequest>> byQuarter = requests.receivedBetween(site, null, first.start(), last.end()).stream()
                .collect(Collectors.groupingBy(r -> Quarter.of(r.getReceivedAt())));
        Map<Quarter, QuarterRequests> shares = new HashMap<>();
        for (Quarter quarter = first; !quarter.isAfter(last); quarter = Quarter.of(quarter.end())) {
            Instant end = quarter.end();
            List<PostingRequest> received = byQuarter.getOrDefault(quarter, List.of());
            List<Long> posted = received.stream().filter(r -> r.postedBefore(end)).map(PostingRequest::getId).toList();
            shares.put(quarter, new QuarterRequests(new PostingShare(quarter, received.size(), posted.size()), posted));
        }
        return shares;
    }

    /** A quarter's share of posted requests, with the ids of the requests posted in time. */
    public record QuarterRequests(PostingShare share, List<Long> postedInTime) {
    }

    /** The ids of the requests {@link #of} counts as posted in time. */
    public List<Long> postedInTime(Site site, Unit unit, Quarter quarter) {
        return requests.receivedBetween(site, unit, quarter.start(), quarter.end()).stream()
                .filter(r -> r.postedBefore(quarter.end())).map(PostingRequest::getId).toList();
    }
}
