package vn.ttdt.portal.contributors.domain;

/** Who a contributor is and how to reach them, as the board enters it (the unit is chosen apart, by id). */
public record ContributorDetails(String fullName, String penName, String occupation, String phone, String email,
                                 String address, String note) {
}
