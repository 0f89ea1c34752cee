package vn.ttdt.portal.admin.api;

import java.util.List;

/** The body of every API error: status, a message, and per-field problems for validation errors. */
public record ApiError(int status, String message, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, List.of());
    }
}
