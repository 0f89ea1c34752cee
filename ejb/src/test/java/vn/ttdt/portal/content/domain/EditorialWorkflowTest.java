package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.content.domain.ItemState.*;
import static vn.ttdt.portal.content.domain.WorkflowAction.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

class EditorialWorkflowTest {

    /** Every allowed step, straight from the domain document; anything not listed is refused. */
    private static final String STEPS = """
            # action          | from                                   | to                | roles                                   | author only
            SUBMIT            | DRAFT RETURNED                         | SUBMITTED         | CONTRIBUTOR UNIT_REPORTER EDITOR APPROVER | yes
            TAKE_FOR_EDITING  | SUBMITTED                              | IN_EDITING        | EDITOR APPROVER                         | no
            SEND_FOR_APPROVAL | IN_EDITING                             | AWAITING_APPROVAL | EDITOR APPROVER                         | no
            PUBLISH           | AWAITING_APPROVAL                      | PUBLISHED         | APPROVER                                | no
            RETURN            | SUBMITTED IN_EDITING                   | RETURNED          | EDITOR APPROVER                         | no
            RETURN            | AWAITING_APPROVAL                      | RETURNED          | APPROVER                                | no
            REJECT            | SUBMITTED IN_EDITING AWAITING_APPROVAL | REJECTED          | APPROVER                                | no
            REJECT            | SUBMITTED IN_EDITING                   | REJECTED          | EDITOR                                  | no
            UNPUBLISH         | PUBLISHED                              | UNPUBLISHED       | APPROVER                                | no
            REPUBLISH         | UNPUBLISHED                            | PUBLISHED         | APPROVER                                | no
            ARCHIVE           | PUBLISHED UNPUBLISHED REJECTED         | ARCHIVED          | APPROVER                                | no
            """;

    /** Who may change an item's content in which state; nobody else may. */
    private static final String EDITS = """
            # states                      | roles                                     | author only
            DRAFT RETURNED                | CONTRIBUTOR UNIT_REPORTER EDITOR APPROVER | yes
            IN_EDITING                    | EDITOR APPROVER                           | no
            AWAITING_APPROVAL PUBLISHED   | APPROVER                                  | no
            """;

    private record Step(ItemState from, WorkflowAction action, Role role, boolean author) {
    }

    private record Edit(ItemState state, Role role, boolean author) {
    }

    private static final boolean[] AUTHOR_OR_NOT = {true, false};
    private static final Map<Step, ItemState> EXPECTED_STEPS = parseSteps();
    private static final Set<Edit> EXPECTED_EDITS = parseEdits();

    private static final Set<Role> CONTRIBUTOR = Set.of(Role.CONTRIBUTOR);
    private static final Set<Role> EDITOR = Set.of(Role.EDITOR);
    private static final Set<Role> APPROVER = Set.of(Role.APPROVER);

    @Test
    void everyStateActionRoleAndAuthorshipIsAllowedExactlyAsTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        for (ItemState state : ItemState.values()) {
            for (Role role : Role.values()) {
                for (boolean author : AUTHOR_OR_NOT) {
                    Set<WorkflowAction> expected = EnumSet.noneOf(WorkflowAction.class);
                    for (WorkflowAction action : WorkflowAction.values()) {
                        ItemState to = EXPECTED_STEPS.get(new Step(state, action, role, author));
                        if (to != null) {
                            expected.add(action);
                        }
                        String outcome = outcome(state, action, Set.of(role), author);
                        String wanted = to == null ? WorkflowException.NOT_ALLOWED : to.name();
                        if (!wanted.equals(outcome)) {
                            mismatches.add(describe(state, action, role, author) + ": expected " + wanted + ", got " + outcome);
                        }
                    }
                    Set<WorkflowAction> actual = EditorialWorkflow.allowedActions(state, Set.of(role), author);
                    if (!expected.equals(actual)) {
                        mismatches.add(describe(state, null, role, author) + ": allowed " + actual + ", expected " + expected);
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void someoneWithSeveralRolesMayDoWhateverAnyOfTheirRolesAllows() {
        List<String> mismatches = new ArrayList<>();
        for (Set<Role> roles : allRoleCombinations()) {
            for (ItemState state : ItemState.values()) {
                for (boolean author : AUTHOR_OR_NOT) {
                    Set<WorkflowAction> expected = EnumSet.noneOf(WorkflowAction.class);
                    boolean expectedEdit = false;
                    for (Role role : roles) {
                        expected.addAll(EditorialWorkflow.allowedActions(state, Set.of(role), author));
                        expectedEdit |= EditorialWorkflow.canEditContent(state, Set.of(role), author);
                    }
                    if (!expected.equals(EditorialWorkflow.allowedActions(state, roles, author))
                            || expectedEdit != EditorialWorkflow.canEditContent(state, roles, author)) {
                        mismatches.add(roles + " on " + state + (author ? " as author" : ""));
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyStateRoleAndAuthorshipMayEditContentExactlyAsTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        for (ItemState state : ItemState.values()) {
            for (Role role : Role.values()) {
                for (boolean author : AUTHOR_OR_NOT) {
                    boolean expected = EXPECTED_EDITS.contains(new Edit(state, role, author));
                    if (expected != EditorialWorkflow.canEditContent(state, Set.of(role), author)) {
                        mismatches.add(describe(state, null, role, author) + ": expected canEdit=" + expected);
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aUserWithoutRolesCanDoNothing() {
        for (ItemState state : ItemState.values()) {
            assertEquals(Set.of(), EditorialWorkflow.allowedActions(state, Set.of(), true));
            assertFalse(EditorialWorkflow.canEditContent(state, Set.of(), true));
        }
    }

    @Test
    void quotaSupervisorsFinanceAndItAdminsCanDoNothingEvenTogetherOnTheirOwnItem() {
        Set<Role> backOffice = EnumSet.of(Role.QUOTA_SUPERVISOR, Role.FINANCE, Role.IT_ADMIN);
        for (ItemState state : ItemState.values()) {
            assertEquals(Set.of(), EditorialWorkflow.allowedActions(state, backOffice, true));
            assertFalse(EditorialWorkflow.canEditContent(state, backOffice, true));
        }
    }

    @Test
    void aContributorCannotTakeApproveOrPublishTheirOwnItem() {
        assertNotAllowed(SUBMITTED, TAKE_FOR_EDITING, CONTRIBUTOR, true);
        assertNotAllowed(IN_EDITING, SEND_FOR_APPROVAL, CONTRIBUTOR, true);
        assertNotAllowed(AWAITING_APPROVAL, PUBLISH, CONTRIBUTOR, true);
        assertNotAllowed(PUBLISHED, UNPUBLISH, CONTRIBUTOR, true);
    }

    @Test
    void anEditorCannotPublishEvenAnItemAwaitingApproval() {
        assertNotAllowed(AWAITING_APPROVAL, PUBLISH, EDITOR, true);
        assertNotAllowed(AWAITING_APPROVAL, RETURN, EDITOR, false);
        assertNotAllowed(AWAITING_APPROVAL, REJECT, EDITOR, false);
    }

    @Test
    void onlyTheAuthorSubmitsADraftWhateverTheirRole() {
        assertEquals(SUBMITTED, EditorialWorkflow.apply(DRAFT, SUBMIT, Set.of(Role.UNIT_REPORTER), true, null));
        assertEquals(SUBMITTED, EditorialWorkflow.apply(DRAFT, SUBMIT, APPROVER, true, null));
        assertNotAllowed(DRAFT, SUBMIT, APPROVER, false);
        assertNotAllowed(DRAFT, SUBMIT, EDITOR, false);
    }

    @Test
    void returningWithoutACommentIsRefused() {
        for (String missing : Arrays.asList(null, "", "   ", "\n\t")) {
            assertCommentRequired(SUBMITTED, RETURN, EDITOR, missing);
            assertCommentRequired(AWAITING_APPROVAL, RETURN, APPROVER, missing);
        }
    }

    @Test
    void rejectingWithoutAReasonIsRefused() {
        for (String missing : Arrays.asList(null, "", "   ", "\n\t")) {
            assertCommentRequired(IN_EDITING, REJECT, EDITOR, missing);
            assertCommentRequired(AWAITING_APPROVAL, REJECT, APPROVER, missing);
        }
    }

    @Test
    void returningAndRejectingWithACommentAreAllowed() {
        assertEquals(RETURNED, EditorialWorkflow.apply(IN_EDITING, RETURN, EDITOR, false, "Bổ sung ảnh minh họa"));
        assertEquals(RETURNED, EditorialWorkflow.apply(AWAITING_APPROVAL, RETURN, APPROVER, false, "Sửa tiêu đề"));
        assertEquals(REJECTED, EditorialWorkflow.apply(SUBMITTED, REJECT, EDITOR, false, "Trùng tin đã đăng"));
        assertEquals(REJECTED, EditorialWorkflow.apply(AWAITING_APPROVAL, REJECT, APPROVER, false, "Không phù hợp"));
    }

    @Test
    void aMissingPermissionIsReportedBeforeAMissingComment() {
        assertNotAllowed(SUBMITTED, RETURN, CONTRIBUTOR, true);
        assertNotAllowed(PUBLISHED, REJECT, APPROVER, false);
    }

    @Test
    void otherActionsNeedNoComment() {
        assertEquals(SUBMITTED, EditorialWorkflow.apply(DRAFT, SUBMIT, CONTRIBUTOR, true, null));
        assertEquals(UNPUBLISHED, EditorialWorkflow.apply(PUBLISHED, UNPUBLISH, APPROVER, false, " "));
    }

    @Test
    void anItemTravelsFromContributorThroughEditorToApproverAndIsPublished() {
        ItemState state = EditorialWorkflow.apply(DRAFT, SUBMIT, CONTRIBUTOR, true, null);
        assertEquals(SUBMITTED, state);
        state = EditorialWorkflow.apply(state, TAKE_FOR_EDITING, EDITOR, false, null);
        assertEquals(IN_EDITING, state);
        assertTrue(EditorialWorkflow.canEditContent(state, EDITOR, false));
        state = EditorialWorkflow.apply(state, SEND_FOR_APPROVAL, EDITOR, false, null);
        assertEquals(AWAITING_APPROVAL, state);
        state = EditorialWorkflow.apply(state, PUBLISH, APPROVER, false, null);
        assertEquals(PUBLISHED, state);
        assertTrue(state.isPublic());
    }

    @Test
    void aReturnedItemIsCorrectedAndResubmittedByItsAuthor() {
        ItemState state = EditorialWorkflow.apply(AWAITING_APPROVAL, RETURN, APPROVER, false, "Thiếu nguồn tin");
        assertEquals(RETURNED, state);
        assertTrue(EditorialWorkflow.canEditContent(state, CONTRIBUTOR, true));
        assertFalse(EditorialWorkflow.canEditContent(state, EDITOR, false));
        assertNotAllowed(state, SUBMIT, EDITOR, false);
        assertEquals(Set.of(SUBMIT), EditorialWorkflow.allowedActions(state, CONTRIBUTOR, true));
        assertEquals(SUBMITTED, EditorialWorkflow.apply(state, SUBMIT, CONTRIBUTOR, true, null));
    }

    @Test
    void aPublishedItemIsUnpublishedRepublishedAndArchivedButNeverLost() {
        ItemState state = EditorialWorkflow.apply(PUBLISHED, UNPUBLISH, APPROVER, false, null);
        assertEquals(UNPUBLISHED, state);
        assertFalse(state.isPublic());
        state = EditorialWorkflow.apply(state, REPUBLISH, APPROVER, false, null);
        assertEquals(PUBLISHED, state);
        state = EditorialWorkflow.apply(state, ARCHIVE, APPROVER, false, null);
        assertEquals(ARCHIVED, state);
        assertEquals(Set.of(), EditorialWorkflow.allowedActions(state, EnumSet.allOf(Role.class), true));
    }

    @Test
    void aRejectedItemCanOnlyBeArchived() {
        assertEquals(Set.of(ARCHIVE), EditorialWorkflow.allowedActions(REJECTED, EnumSet.allOf(Role.class), true));
        assertFalse(EditorialWorkflow.canEditContent(REJECTED, EnumSet.allOf(Role.class), true));
    }

    @Test
    void anAuthorEditsTheirDraftButNobodyElseDoes() {
        assertTrue(EditorialWorkflow.canEditContent(DRAFT, CONTRIBUTOR, true));
        assertTrue(EditorialWorkflow.canEditContent(DRAFT, Set.of(Role.UNIT_REPORTER), true));
        assertFalse(EditorialWorkflow.canEditContent(DRAFT, EDITOR, false));
        assertFalse(EditorialWorkflow.canEditContent(DRAFT, APPROVER, false));
    }

    @Test
    void anEditorWhoWroteTheItemMayStillEditItDuringEditing() {
        assertTrue(EditorialWorkflow.canEditContent(IN_EDITING, EDITOR, true));
        assertFalse(EditorialWorkflow.canEditContent(IN_EDITING, CONTRIBUTOR, true));
    }

    @Test
    void nobodyEditsASubmittedItemBeforeAnEditorTakesIt() {
        assertFalse(EditorialWorkflow.canEditContent(SUBMITTED, EnumSet.allOf(Role.class), true));
    }

    @Test
    void onlyTheApproverCorrectsAnItemAwaitingApprovalOrPublished() {
        assertTrue(EditorialWorkflow.canEditContent(AWAITING_APPROVAL, APPROVER, false));
        assertTrue(EditorialWorkflow.canEditContent(PUBLISHED, APPROVER, false));
        assertFalse(EditorialWorkflow.canEditContent(AWAITING_APPROVAL, EDITOR, true));
        assertFalse(EditorialWorkflow.canEditContent(PUBLISHED, EDITOR, true));
        assertFalse(EditorialWorkflow.canEditContent(UNPUBLISHED, APPROVER, false));
        assertFalse(EditorialWorkflow.canEditContent(ARCHIVED, APPROVER, false));
    }

    @Test
    void onlyAPublishedItemIsPublic() {
        for (ItemState state : ItemState.values()) {
            assertEquals(state == PUBLISHED, state.isPublic(), state.name());
        }
    }

    @Test
    void onlyReturnAndRejectNeedAComment() {
        for (WorkflowAction action : WorkflowAction.values()) {
            assertEquals(action == RETURN || action == REJECT, action.needsComment(), action.name());
        }
    }

    @Test
    void labelKeysNameTheConstant() {
        assertEquals("itemState.AWAITING_APPROVAL", AWAITING_APPROVAL.labelKey());
        assertEquals("workflowAction.TAKE_FOR_EDITING", TAKE_FOR_EDITING.labelKey());
    }

    private static String outcome(ItemState state, WorkflowAction action, Set<Role> roles, boolean author) {
        try {
            return EditorialWorkflow.apply(state, action, roles, author, "Ghi chú").name();
        } catch (WorkflowException e) {
            return e.messageKey();
        }
    }

    private static void assertNotAllowed(ItemState state, WorkflowAction action, Set<Role> roles, boolean author) {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> EditorialWorkflow.apply(state, action, roles, author, null));
        assertEquals(WorkflowException.NOT_ALLOWED, e.messageKey());
    }

    private static void assertCommentRequired(ItemState state, WorkflowAction action, Set<Role> roles, String comment) {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> EditorialWorkflow.apply(state, action, roles, false, comment));
        assertEquals(WorkflowException.COMMENT_REQUIRED, e.messageKey());
    }

    private static String describe(ItemState state, WorkflowAction action, Role role, boolean author) {
        return (action == null ? "" : action + " ") + "on " + state + " by " + role + (author ? " (author)" : "");
    }

    private static List<Set<Role>> allRoleCombinations() {
        Role[] roles = Role.values();
        List<Set<Role>> combinations = new ArrayList<>();
        for (int mask = 0; mask < 1 << roles.length; mask++) {
            Set<Role> combination = EnumSet.noneOf(Role.class);
            for (int i = 0; i < roles.length; i++) {
                if ((mask & 1 << i) != 0) {
                    combination.add(roles[i]);
                }
            }
            combinations.add(combination);
        }
        return combinations;
    }

    private static Map<Step, ItemState> parseSteps() {
        Map<Step, ItemState> steps = new HashMap<>();
        for (String[] row : rows(STEPS, 5)) {
            WorkflowAction action = WorkflowAction.valueOf(row[0]);
            ItemState to = ItemState.valueOf(row[2]);
            for (String from : row[1].split("\\s+")) {
                for (String role : row[3].split("\\s+")) {
                    for (boolean author : authorships(row[4])) {
                        steps.put(new Step(ItemState.valueOf(from), action, Role.valueOf(role), author), to);
                    }
                }
            }
        }
        return steps;
    }

    private static Set<Edit> parseEdits() {
        Set<Edit> edits = new HashSet<>();
        for (String[] row : rows(EDITS, 3)) {
            for (String state : row[0].split("\\s+")) {
                for (String role : row[1].split("\\s+")) {
                    for (boolean author : authorships(row[2])) {
                        edits.add(new Edit(ItemState.valueOf(state), Role.valueOf(role), author));
                    }
                }
            }
        }
        return edits;
    }

    private static List<String[]> rows(String table, int columns) {
        return table.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new))
                .peek(row -> {
                    if (row.length != columns) {
                        throw new IllegalStateException("Bad table row: " + String.join(" | ", row));
                    }
                })
                .toList();
    }

    private static boolean[] authorships(String authorOnly) {
        return switch (authorOnly) {
            case "yes" -> new boolean[] {true};
            case "no" -> AUTHOR_OR_NOT;
            default -> throw new IllegalStateException("author only must be yes or no: " + authorOnly);
        };
    }
}
