package vn.ttdt.portal.contributors.application;

import java.io.Serializable;

/**
 * A contributor as the registry lists them: who, where from, how to reach them, whether active, their account, and the
 * works they published and royalties they received (gross and net of tax) in the year the registry shows.
 */
public record ContributorRow(long id, String fullName, String penName, Long unitId, String unitName, String occupation,
                             String phone, String email, String address, String note, boolean active, Long accountId,
                             String accountLogin, int year, long works, long royaltyGross, long royaltyNet, long version)
                                     implements Serializable {

    /** The unit, or the occupation of somebody outside the units. */
    public String unitOrOccupation() {
        return unitName != null ? unitName : occupation;
    }
}
