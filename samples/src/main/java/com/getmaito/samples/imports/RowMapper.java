package com.getmaito.samples.imports;

import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link SourceRow} into {@link SubscriberCreateParams} through a {@link ColumnMapping}, or
 * into the reason it is invalid. Fields are trimmed; an empty field is absent. {@code status} takes
 * the API's values in any case; {@code confirmed} takes true/false, yes/no, y/n or 1/0; custom
 * fields are sent as strings (so {@code 01234} stays a zip code).
 */
final class RowMapper {
  private final ColumnMapping mapping;

  RowMapper(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  /** A row ready to import, or invalid with a reason; {@code source} is the row as read. */
  record MappedRow(
      long line, String email, SubscriberCreateParams params, String reason, SourceRow source) {
    boolean valid() {
      return params != null;
    }
  }

  MappedRow map(SourceRow row) {
    List<String> fields = row.fields();
    String email = field(fields, mapping.emailColumn());
    int width = mapping.header().size();
    if (fields.size() != width) {
      return invalid(
          row,
          email,
          "has "
              + fields.size()
              + (fields.size() == 1 ? " field" : " fields")
              + ", the header has "
              + width);
    }
    for (String f : fields) {
      if (f.indexOf('\uFFFD') >= 0) {
        return invalid(row, email, "holds bytes that are not UTF-8; save the file as UTF-8");
      }
    }
    if (email == null) {
      return invalid(row, null, "email is empty");
    }
    SubscriberCreateParams.Builder b = SubscriberCreateParams.builder().email(email);
    Map<String, Object> custom = new LinkedHashMap<>();
    try {
      for (int i = 0; i < mapping.width(); i++) {
        ColumnMapping.Target t = mapping.target(i);
        String value = field(fields, i);
        if (t == null || t.ignored() || value == null) {
          continue;
        }
        if (t.customField() != null) {
          custom.put(t.customField(), value);
          continue;
        }
        switch (t.field()) {
          case EMAIL:
            break;
          case FIRST_NAME:
            b.firstName(value);
            break;
          case LAST_NAME:
            b.lastName(value);
            break;
          case TAGS:
            List<String> tags = TagParser.parse(value);
            if (!tags.isEmpty()) {
              b.tags(tags);
            }
            break;
          case STATUS:
            b.status(status(value));
            break;
          case CONFIRMED:
            b.confirmed(bool(value));
            break;
          case SOURCE:
            b.source(value);
            break;
        }
      }
      if (!custom.isEmpty()) {
        b.customFields(custom);
      }
      return new MappedRow(row.line(), email, b.build(), null, row);
    } catch (IllegalArgumentException e) {
      return invalid(row, email, e.getMessage());
    }
  }

  private static MappedRow invalid(SourceRow row, String email, String reason) {
    return new MappedRow(row.line(), email, null, reason, row);
  }

  private static String field(List<String> fields, int i) {
    if (i >= fields.size()) {
      return null;
    }
    String v = fields.get(i).trim();
    return v.isEmpty() ? null : v;
  }

  private static SubscriberStatus status(String value) {
    SubscriberStatus s = SubscriberStatus.of(value.toLowerCase(Locale.ROOT));
    if (s.known() == SubscriberStatus.Known.UNKNOWN) {
      throw new IllegalArgumentException(
          "status must be subscribed, unsubscribed, bounced, complained or blocked (was \""
              + value
              + "\")");
    }
    return s;
  }

  private static boolean bool(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
      case "y":
      case "1":
        return true;
      case "false":
      case "no":
      case "n":
      case "0":
        return false;
      default:
        throw new IllegalArgumentException(
            "confirmed must be true or false (yes/no, 1/0) (was \"" + value + "\")");
    }
  }
}
