package com.getmaito.emulator;

import static com.getmaito.emulator.Store.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation of a subscriber create or update body. */
final class SubscriberInput {
  static final List<String> STATUSES =
      List.of("subscribed", "unsubscribed", "bounced", "complained", "blocked");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  private SubscriberInput() {}

  /**
   * Validates a create ({@code partial == false}) or update body; returns the valid fields, with
   * the defaults of a create filled in, and adds what is wrong to {@code details}.
   */
  static Map<String, Object> validate(
      Map<String, Object> body, boolean partial, ApiError.Details details) {
    Map<String, Object> input = new LinkedHashMap<>();
    email(body, partial, input, details);
    Validation.nullableString(body, "firstName", 100, input, details);
    Validation.nullableString(body, "lastName", 100, input, details);
    Validation.nullableString(body, "source", 160, input, details);
    if (body.containsKey("status")) {
      Object status = body.get("status");
      if (status == null) {
        if (partial) {
          details.add("status", "must not be null");
        }
      } else if (!STATUSES.contains(status)) {
        details.add("status", "must be one of " + String.join(", ", STATUSES));
      } else {
        input.put("status", status);
      }
    }
    if (body.containsKey("confirmed")) {
      Object confirmed = body.get("confirmed");
      if (confirmed == null) {
        if (partial) {
          details.add("confirmed", "must not be null");
        }
      } else if (!(confirmed instanceof Boolean)) {
        details.add("confirmed", "must be a boolean");
      } else {
        input.put("confirmed", confirmed);
      }
    }
    tags(body, input, details);
    customFields(body, input, details);
    Validation.optIn(body, details);
    return input;
  }

  private static void email(
      Map<String, Object> body,
      boolean partial,
      Map<String, Object> input,
      ApiError.Details details) {
    if (body.containsKey("email")) {
      Object email = body.get("email");
      if (email == null) {
        details.add("email", partial ? "must not be null" : "is required");
      } else if (!(email instanceof String)) {
        details.add("email", "must be a string");
      } else if (((String) email).trim().isEmpty()) {
        details.add("email", "is required");
      } else if (((String) email).length() > 254) {
        details.add("email", "must be at most 254 characters");
      } else if (!EMAIL.matcher(((String) email).trim()).matches()) {
        details.add("email", "must be a valid email address");
      } else {
        input.put("email", email);
      }
    } else if (!partial) {
      details.add("email", "is required");
    }
  }

  private static void tags(
      Map<String, Object> body, Map<String, Object> input, ApiError.Details details) {
    if (!body.containsKey("tags")) {
      return;
    }
    Object tags = body.get("tags");
    if (tags == null) {
      input.put("tags", List.of());
    } else if (!(tags instanceof List)) {
      details.add("tags", "must be an array of tag names");
    } else {
      List<String> names = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      List<?> list = (List<?>) tags;
      boolean valid = true;
      for (int i = 0; i < list.size(); i++) {
        Object name = list.get(i);
        String problem = Validation.tagNameProblem(name);
        if (problem != null) {
          details.add("tags[" + i + "]", problem);
          valid = false;
        } else if (seen.add(lower((String) name))) {
          names.add((String) name);
        }
      }
      if (valid) {
        input.put("tags", names);
      }
    }
  }

  private static void customFields(
      Map<String, Object> body, Map<String, Object> input, ApiError.Details details) {
    if (!body.containsKey("customFields")) {
      return;
    }
    Object fields = body.get("customFields");
    if (fields == null) {
      input.put("customFields", Map.of());
    } else if (!(fields instanceof Map)) {
      details.add("customFields", "must be an object");
    } else {
      boolean valid = true;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) fields).entrySet()) {
        Object value = entry.getValue();
        if (value instanceof Map || value instanceof List) {
          details.add(
              "customFields." + entry.getKey(), "must be a string, number, boolean or null");
          valid = false;
        }
      }
      if (valid) {
        input.put("customFields", fields);
      }
    }
  }
}
