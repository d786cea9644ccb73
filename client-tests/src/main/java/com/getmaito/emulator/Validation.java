package com.getmaito.emulator;

import java.util.Map;

/** Field checks shared by the resources; each adds what is wrong to the request's details. */
final class Validation {
  private Validation() {}

  /** A length as the contract counts it: in characters (Unicode code points). */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** What is wrong with a tag name (1 to 64 characters, not blank), or null if nothing. */
  static String tagNameProblem(Object name) {
    if (!(name instanceof String)) {
      return "must be a string";
    }
    String s = (String) name;
    if (s.trim().isEmpty() || length(s) > 64) {
      return "must be 1 to 64 characters";
    }
    return null;
  }

  /** Copies an optional string field of at most {@code max} characters, null included. */
  static void nullableString(
      Map<String, Object> body,
      String field,
      int max,
      Map<String, Object> input,
      ApiError.Details details) {
    if (!body.containsKey(field)) {
      return;
    }
    Object value = body.get(field);
    if (value != null && !(value instanceof String)) {
      details.add(field, "must be a string or null");
    } else if (value != null && length((String) value) > max) {
      details.add(field, "must be at most " + max + " characters");
    } else {
      input.put(field, value);
    }
  }

  /** {@code optInAttestation} is optional, and must be {@code true} when sent. */
  static void optIn(Map<String, Object> body, ApiError.Details details) {
    if (body.containsKey("optInAttestation")
        && !Boolean.TRUE.equals(body.get("optInAttestation"))) {
      details.add("optInAttestation", "must be true when sent");
    }
  }
}
