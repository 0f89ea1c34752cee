package vn.ttdt.portal.content.domain;

import static vn.ttdt.portal.content.domain.ItemState.*;
import static vn.ttdt.portal.content.domain.WorkflowAction.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The life of a news item or article (tin/bài) from the writer's draft to the public portal, and who
 * may move it along.
 *
 * <p>A contributor (cộng tác viên) or unit reporter writes a draft and submits it to the editorial
 * board (Ban biên tập). An editor takes the submitted item, edits it, checks it is no duplicate and
 * sends it for approval; the head or deputy head of the board (Trưởng/Phó Ban biên tập, role
 * {@link Role#APPROVER}) approves and publishes it. Until it is published the item can be returned
 * to its author with comments on what to fix, and the author resubmits it; or it can be rejected with
 * a reason. A published item can be unpublished and republished, and a published, unpublished or
 * rejected item can be archived: nothing is ever deleted, and every saved change is a revision.
 *
 * <p>A user may take a step when one of their roles allows it; submitting is for the item's own
 * author. Supervising quotas, finance and IT administration give no editorial rights. The class only
 * decides; recording revisions and history is the caller's job.
 */
public final class EditorialWorkflow {

    private static final Set<Role> WRITERS = EnumSet.of(Role.CONTRIBUTOR, Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);
    private static final Set<Role> EDITORS = EnumSet.of(Role.EDITOR, Role.APPROVER);
    private static final Set<Role> APPROVERS = EnumSet.of(Role.APPROVER);

    private record Transition(Set<ItemState> from, WorkflowAction action, ItemState to, Set<Role> roles,
            boolean authorOnly) {

        boolean permits(ItemState state, WorkflowAction wanted, Set<Role> userRoles, boolean isAuthor) {
            return action == wanted && from.contains(state) && mayAct(roles, authorOnly, userRoles, isAuthor);
        }
    }

    private record EditRight(Set<ItemState> states, Set<Role> roles, boolean authorOnly) {

        boolean permits(ItemState state, Set<Role> userRoles, boolean isAuthor) {
            return states.contains(state) && mayAct(roles, authorOnly, userRoles, isAuthor);
        }
    }

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(EnumSet.of(DRAFT, RETURNED), SUBMIT, SUBMITTED, WRITERS, true),
            new Transition(EnumSet.of(SUBMITTED), TAKE_FOR_EDITING, IN_EDITING, EDITORS, false),
            new Transition(EnumSet.of(IN_EDITING), SEND_FOR_APPROVAL, AWAITING_APPROVAL, EDITORS, false),
            new Transition(EnumSet.of(AWAITING_APPROVAL), PUBLISH, PUBLISHED, APPROVERS, false),
            new Transition(EnumSet.of(SUBMITTED, IN_EDITING), RETURN, RETURNED, EDITORS, false),
            new Transition(EnumSet.of(AWAITING_APPROVAL), RETURN, RETURNED, APPROVERS, false),
            new Transition(EnumSet.of(SUBMITTED, IN_EDITING), REJECT, REJECTED, EDITORS, false),
            new Transition(EnumSet.of(AWAITING_APPROVAL), REJECT, REJECTED, APPROVERS, false),
            new Transition(EnumSet.of(PUBLISHED), UNPUBLISH, UNPUBLISHED, APPROVERS, false),
            new Transition(EnumSet.of(UNPUBLISHED), REPUBLISH, PUBLISHED, APPROVERS, false),
            new Transition(EnumSet.of(PUBLISHED, UNPUBLISHED, REJECTED), ARCHIVE, ARCHIVED, APPROVERS, false));

    private static final List<EditRight> EDIT_RIGHTS = List.of(
            new EditRight(EnumSet.of(DRAFT, RETURNED), WRITERS, true),
            new EditRight(EnumSet.of(IN_EDITING), EDITORS, false),
            new EditRight(EnumSet.of(AWAITING_APPROVAL, PUBLISHED), APPROVERS, false));

    private EditorialWorkflow() {
    }

    /** The steps a user with {@code roles} may take on an item in {@code state}. */
    public static Set<WorkflowAction> allowedActions(ItemState state, Set<Role> roles, boolean isAuthor) {
        Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction action : WorkflowAction.values()) {
            if (transition(state, action, roles, isAuthor) != null) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * The state the item reaches when the user takes {@code action}.
     *
     * @throws WorkflowException {@value WorkflowException#NOT_ALLOWED} when the user may not take the
     *         step, {@value WorkflowException#COMMENT_REQUIRED} when a return or rejection has no comment
     */
    public static ItemState apply(ItemState state, WorkflowAction action, Set<Role> roles, boolean isAuthor,
            String comment) {
        Objects.requireNonNull(action, "action");
        Transition transition = transition(state, action, roles, isAuthor);
        if (transition == null) {
            throw new WorkflowException(WorkflowException.NOT_ALLOWED,
                    action + " not allowed on " + state + " for " + roles + (isAuthor ? " (author)" : ""));
        }
        if (action.needsComment() && (comment == null || comment.isBlank())) {
            throw new WorkflowException(WorkflowException.COMMENT_REQUIRED, action + " needs a comment");
        }
        return transition.to();
    }

    /** Whether some step of the workflow, by whomever, leads from {@code from} to {@code to}. */
    public static boolean leadsTo(ItemState from, ItemState to) {
        return TRANSITIONS.stream().anyMatch(t -> t.from().contains(from) && t.to() == to);
    }

    /** Whether the user may change the item's text, pictures and metadata in {@code state}. */
    public static boolean canEditContent(ItemState state, Set<Role> roles, boolean isAuthor) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(roles, "roles");
        return EDIT_RIGHTS.stream().anyMatch(right -> right.permits(state, roles, isAuthor));
    }

    private static Transition transition(ItemState state, WorkflowAction action, Set<Role> roles, boolean isAuthor) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(roles, "roles");
        return TRANSITIONS.stream()
                .filter(t -> t.permits(state, action, roles, isAuthor))
                .findFirst()
                .orElse(null);
    }

    private static boolean mayAct(Set<Role> allowed, boolean authorOnly, Set<Role> userRoles, boolean isAuthor) {
        return (isAuthor || !authorOnly) && userRoles.stream().anyMatch(allowed::contains);
    }
}
