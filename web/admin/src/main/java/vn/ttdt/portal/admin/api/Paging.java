package vn.ttdt.portal.admin.api;

import jakarta.ws.rs.BadRequestException;
import vn.ttdt.portal.shared.domain.PageRequest;

/** Reads {@code page}, {@code size} and {@code sort} ("field" or "-field") query parameters. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(int page, int size, String sort) {
        if (page < 0) {
            throw new BadRequestException("page phải là số không âm");
        }
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new BadRequestException("size phải từ 1 đến " + PageRequest.MAX_LIMIT);
        }
        boolean descending = sort != null && sort.startsWith("-");
        String field = sort == null || sort.isBlank() ? null : (descending ? sort.substring(1) : sort);
        return new PageRequest(Math.multiplyExact(page, size), size, field, !descending);
    }
}
