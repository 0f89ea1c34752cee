package vn.ttdt.portal.quota.domain;

import java.util.Collection;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * From which quarter the board may set a unit group's quota rule: from any quarter none of whose results the rule
 * would govern are final. A rule from quarter Q governs Q and the quarters after it until the group's next rule; a
 * quarter whose results a final run has locked keeps the rule it was assessed by until the board reopens it, so that
 * a rule change never alters a finalised quarter. A quarter that has ended but is not final yet still takes a rule.
 */
public final class RuleChangeWindow {

    private RuleChangeWindow() {
    }

    /**
     * Refuses a rule starting in {@code from} and governing the quarters up to {@code until} (the start of the group's
     * next rule, exclusive; empty when there is none) when one of them is among {@code finalQuarters}.
     */
    public static void refuseFinalised(Quarter from, Optional<Quarter> until, Collection<Quarter> finalQuarters) {
        finalQuarters.stream()
                .filter(q -> !from.isAfter(q) && until.map(next -> next.isAfter(q)).orElse(true))
                .min(Quarter::compareTo)
                .ifPresent(finalised -> {
                    throw new BusinessRuleException("quota.rule.finalised", "rule from " + from + " governs final " + finalised,
                            QuarterTable.label(from), QuarterTable.label(finalised));
                });
    }
}
