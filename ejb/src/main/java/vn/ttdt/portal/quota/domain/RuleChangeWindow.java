package vn.ttdt.portal.quota.domain;

import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * From which quarter the board may set a quota rule: the current quarter or a later one. A quarter that has ended
 * keeps the rule it was (or will finally be) assessed by, so that its results never change under a later decision.
 */
public final class RuleChangeWindow {

    private RuleChangeWindow() {
    }

    /** Refuses a rule starting in {@code from} when {@code current} (the quarter of today, Vietnam time) is later. */
    public static void refusePast(Quarter from, Quarter current) {
        if (current.isAfter(from)) {
            throw new BusinessRuleException("quota.rule.past", "rule from " + from + " in " + current,
                    label(from), label(current));
        }
    }

    /** Quý I/2023 style: the quarter's Roman numeral and its year. */
    public static String label(Quarter quarter) {
        return new String[] {"I", "II", "III", "IV"}[quarter.number() - 1] + "/" + quarter.year();
    }
}
