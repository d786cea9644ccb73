package com.getmaito.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An error answer with the failure envelope; thrown by handlers, caught by the engine. */
final class ApiError extends RuntimeException {
  final int status;
  final String code;
  final List<Map<String, Object>> details;
  final Map<String, String> headers = new LinkedHashMap<>();

  ApiError(int status, String code, String message) {
    this(status, code, message, null);
  }

  private ApiError(int status, String code, String message, List<Map<String, Object>> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  ApiError header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  static ApiError validation(Details details) {
    return new ApiError(400, "VALIDATION_FAILED", details.summary(), new ArrayList<>(details.list));
  }

  static ApiError validation(String field, String message) {
    Details details = new Details();
    details.add(field, message);
    return validation(details);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, "NOT_FOUND", message);
  }

  static ApiError conflict(String message) {
    return new ApiError(409, "CONFLICT", message);
  }

  /** The error envelope. */
  Map<String, Object> envelope() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", getMessage());
    if (details != null) {
      error.put("details", details);
    }
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("ok", false);
    envelope.put("error", error);
    return envelope;
  }

  /** Validation details, collected field by field. */
  static final class Details {
    final List<Map<String, Object>> list = new ArrayList<>();

    void add(String field, String message) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("field", field);
      detail.put("message", message);
      list.add(detail);
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    String summary() {
      StringBuilder sb = new StringBuilder("Validation failed: ");
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append("; ");
        }
        sb.append(list.get(i).get("field")).append(' ').append(list.get(i).get("message"));
      }
      return sb.append('.').toString();
    }
  }
}
