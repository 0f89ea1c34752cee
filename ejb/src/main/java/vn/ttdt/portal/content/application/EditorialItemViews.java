package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.EditorialWorkflow;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.organisation.domain.Role;

/** An item as one member of the editorial board sees it: the steps they may take, whether they may edit it, its related items. */
@Dependent
public class EditorialItemViews {

    @Inject
    private ContentItemRepository items;

    /** The item as {@code reader} sees it: a related item withdrawn since is shown only to those who may read it. */
    public ItemView of(ContentItem item, ItemReadAccess.Reader reader) {
        Set<Role> roles = reader.roles();
        boolean author = item.isWrittenBy(reader.login());
        List<RelatedChoice> related = items.byIds(item.getRelatedIds()).stream()
                .filter(r -> r.getState().isPublic() || ItemReadAccess.mayRead(reader, r))
                .map(RelatedChoice::of).toList();
        return ItemView.of(item, EditorialWorkflow.allowedActions(item.getState(), roles, author),
                EditorialWorkflow.canEditContent(item.getState(), roles, author), related);
    }
}
