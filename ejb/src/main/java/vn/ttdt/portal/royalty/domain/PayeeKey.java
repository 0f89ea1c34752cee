package vn.ttdt.portal.royalty.domain;

import vn.ttdt.portal.shared.domain.VietnameseText;

/** Who a payroll pays: an account when the author has one, otherwise the author's name as written (folded). */
public final class PayeeKey {

    private PayeeKey() {
    }

    public static String of(Long accountId, String name) {
        return accountId != null ? "A:" + accountId : "N:" + VietnameseText.fold(name);
    }
}
