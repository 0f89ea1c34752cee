package vn.ttdt.portal.admin.content;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.content.application.EditorialQueries;
import vn.ttdt.portal.content.application.ItemSummary;
import vn.ttdt.portal.content.domain.ItemState;

/** What waits for the signed-in person, and everything they wrote. */
@Named("inbox")
@ViewScoped
public class InboxView implements Serializable {

    @Inject
    private EditorialQueries editorialQueries;

    private PagedModel<ItemSummary> waiting;
    private PagedModel<ItemSummary> mine;

    @PostConstruct
    void init() {
        waiting = new PagedModel<>(editorialQueries::inbox, ItemSummary::id);
        mine = new PagedModel<>(page -> editorialQueries.mine(EnumSet.allOf(ItemState.class), page), ItemSummary::id);
    }

    public PagedModel<ItemSummary> getWaiting() { return waiting; }
    public PagedModel<ItemSummary> getMine() { return mine; }
}
