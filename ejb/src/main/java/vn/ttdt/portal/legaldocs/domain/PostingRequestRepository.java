package vn.ttdt.portal.legaldocs.domain;

import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface PostingRequestRepository extends SiteOwnedRepository<PostingRequest> {

    PostingRequest add(PostingRequest request);

    /** The site's requests in {@code state}, oldest received first. */
    Page<PostingRequest> inState(Site site, PostingState state, PageRequest page);

    /** A unit's requests, newest received first. */
    Page<PostingRequest> ofUnit(Site site, Unit unit, PageRequest page);

    /** Requests received in [from, to): of one unit, or of every unit when {@code unit} is null. */
    List<PostingRequest> receivedBetween(Site site, Unit unit, Instant from, Instant to);
}
