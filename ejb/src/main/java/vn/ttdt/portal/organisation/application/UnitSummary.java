package vn.ttdt.portal.organisation.application;

import java.io.Serializable;
import vn.ttdt.portal.organisation.domain.Unit;

/** A unit as lists, forms and the API show it. */
public record UnitSummary(long id, String name, String shortName, long groupId, String groupName,
                          String contactPerson, String phone, String email, String address,
                          boolean active, long version) implements Serializable {

    static UnitSummary of(Unit unit) {
        var contact = unit.getContact();
        return new UnitSummary(unit.getId(), unit.getName(), unit.getShortName(), unit.getGroup().getId(),
                unit.getGroup().getName(),
                contact == null ? null : contact.getPerson(),
                contact == null ? null : contact.getPhone(),
                contact == null ? null : contact.getEmail(),
                contact == null ? null : contact.getAddress(),
                unit.isActive(), unit.getVersion());
    }
}
