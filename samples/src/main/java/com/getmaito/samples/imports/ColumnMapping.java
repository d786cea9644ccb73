package com.getmaito.samples.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of the header feeds which subscriber field. Header names match ignoring case,
 * spaces, {@code _}, {@code -} and {@code .}, and the usual spellings are known ({@code Email
 * Address}, {@code E-mail}, {@code fname}, {@code Surname}, ...). {@code --map 'COLUMN=field'} maps
 * any other column (a field name, {@code customFields.NAME}, or {@code -} to ignore the column
 * quietly) and wins over the known spellings. The four columns a failures file adds ({@code row},
 * {@code outcome}, {@code code}, {@code message}) are ignored when they end the header, so a
 * failures file imports again as it is.
 */
final class ColumnMapping {
  /** The subscriber fields a column can feed, besides {@code customFields.NAME}. */
  enum Field {
    EMAIL("email"),
    FIRST_NAME("firstName"),
    LAST_NAME("lastName"),
    TAGS("tags"),
    STATUS("status"),
    CONFIRMED("confirmed"),
    SOURCE("source");

    final String name;

    Field(String name) {
      this.name = name;
    }
  }

  /** Where one column goes: a field, a custom field, or nowhere. */
  record Target(Field field, String customField, boolean ignored) {
    static Target of(Field field) {
      return new Target(field, null, false);
    }

    static Target custom(String name) {
      return new Target(null, name, false);
    }

    static final Target IGNORED = new Target(null, null, true);

    @Override
    public String toString() {
      return ignored ? "(ignored)" : field != null ? field.name : "customFields." + customField;
    }
  }

  static final List<String> FAILURE_COLUMNS = List.of("row", "outcome", "code", "message");

  private static final Map<String, Field> KNOWN = new LinkedHashMap<>();

  static {
    for (String s : List.of("email", "emailaddress", "mail", "emailaddr")) {
      KNOWN.put(s, Field.EMAIL);
    }
    for (String s : List.of("firstname", "fname", "first", "givenname", "forename")) {
      KNOWN.put(s, Field.FIRST_NAME);
    }
    for (String s : List.of("lastname", "lname", "last", "surname", "familyname")) {
      KNOWN.put(s, Field.LAST_NAME);
    }
    for (String s : List.of("tags", "tag")) {
      KNOWN.put(s, Field.TAGS);
    }
    KNOWN.put("status", Field.STATUS);
    KNOWN.put("confirmed", Field.CONFIRMED);
    KNOWN.put("source", Field.SOURCE);
  }

  private final List<String> header;
  private final Target[] targets;
  private final int emailColumn;
  private final List<String> unmapped;
  private final int width;

  private ColumnMapping(List<String> header, Target[] targets, List<String> unmapped, int width) {
    this.header = header;
    this.targets = targets;
    this.unmapped = unmapped;
    this.width = width;
    int email = -1;
    for (int i = 0; i < targets.length; i++) {
      if (targets[i] != null && targets[i].field() == Field.EMAIL) {
        email = i;
      }
    }
    this.emailColumn = email;
  }

  /** Lower case, without spaces, {@code _}, {@code -} and {@code .}: how header names match. */
  static String normalize(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '.' && c != '\uFEFF') {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps {@code header} with the {@code --map} entries.
   *
   * @throws InputException if a {@code --map} entry is malformed or names a column the header does
   *     not have or a field that does not exist, if two columns feed one field, or if no column
   *     holds the email address
   */
  static ColumnMapping of(List<String> header, List<String> maps) {
    int width = header.size();
    if (width > FAILURE_COLUMNS.size()) {
      List<String> tail = new ArrayList<>();
      for (String h : header.subList(width - FAILURE_COLUMNS.size(), width)) {
        tail.add(normalize(h));
      }
      if (tail.equals(FAILURE_COLUMNS)) {
        width -= FAILURE_COLUMNS.size();
      }
    }
    Target[] targets = new Target[header.size()];
    for (int i = width; i < header.size(); i++) {
      targets[i] = Target.IGNORED;
    }
    Map<String, Integer> takenBy = new LinkedHashMap<>();
    for (String map : maps) {
      int eq = map.lastIndexOf('=');
      if (eq <= 0 || eq == map.length() - 1) {
        throw new InputException(
            "--map takes COLUMN=field (for example 'Mobile=customFields.phone'): '" + map + "'");
      }
      String column = map.substring(0, eq).trim();
      String fieldName = map.substring(eq + 1).trim();
      int index = find(header, width, column);
      if (index < 0) {
        throw new InputException(
            "--map names column '"
                + column
                + "', which the header does not have; columns: "
                + String.join(", ", header.subList(0, width)));
      }
      Target target = parseTarget(fieldName);
      targets[index] = target;
      String key = target.toString();
      if (!target.ignored()) {
        Integer other = takenBy.put(key, index);
        if (other != null && other != index) {
          throw new InputException(
              "--map maps both '" + header.get(other) + "' and '" + column + "' to " + key);
        }
      }
    }
    Map<String, Integer> explicit = new LinkedHashMap<>(takenBy);
    for (int i = 0; i < width; i++) {
      if (targets[i] != null) {
        continue;
      }
      Field field = KNOWN.get(normalize(header.get(i)));
      if (field == null || explicit.containsKey(field.name)) {
        continue;
      }
      Integer other = takenBy.put(field.name, i);
      if (other != null) {
        throw new InputException(
            "columns '"
                + header.get(other)
                + "' and '"
                + header.get(i)
                + "' both look like "
                + field.name
                + "; pick one with --map '"
                + header.get(other)
                + "=-'");
      }
      targets[i] = Target.of(field);
    }
    List<String> unmapped = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      if (targets[i] == null) {
        unmapped.add(header.get(i).isBlank() ? "(column " + (i + 1) + ", no name)" : header.get(i));
      }
    }
    ColumnMapping mapping = new ColumnMapping(header, targets, unmapped, width);
    if (mapping.emailColumn < 0) {
      throw new InputException(
          "no email column: the header has "
              + String.join(", ", header.subList(0, width))
              + "; name it Email or use --map 'COLUMN=email'");
    }
    return mapping;
  }

  private static int find(List<String> header, int width, String column) {
    for (int i = 0; i < width; i++) {
      if (header.get(i).trim().equals(column)) {
        return i;
      }
    }
    String n = normalize(column);
    for (int i = 0; i < width; i++) {
      if (normalize(header.get(i)).equals(n)) {
        return i;
      }
    }
    return -1;
  }

  private static Target parseTarget(String name) {
    if (name.equals("-") || name.equalsIgnoreCase("ignore")) {
      return Target.IGNORED;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String prefix : List.of("customfields.", "custom.", "customfield.")) {
      if (lower.startsWith(prefix) && name.length() > prefix.length()) {
        return Target.custom(name.substring(prefix.length()));
      }
    }
    String n = normalize(name);
    for (Field f : Field.values()) {
      if (normalize(f.name).equals(n)) {
        return Target.of(f);
      }
    }
    throw new InputException(
        "--map field '"
            + name
            + "' is not one of email, firstName, lastName, tags, status, confirmed, source,"
            + " customFields.NAME or - (ignore)");
  }

  List<String> header() {
    return header;
  }

  /** The number of data columns: the header's width, less a failures file's four columns. */
  int width() {
    return width;
  }

  int emailColumn() {
    return emailColumn;
  }

  /** Where column {@code i} goes, or null when it is unmapped. */
  Target target(int i) {
    return targets[i];
  }

  /** The columns that feed nothing and were not ignored with {@code --map COLUMN=-}. */
  List<String> unmapped() {
    return Collections.unmodifiableList(unmapped);
  }

  /** One line per mapped column: {@code Email Address -> email}. */
  List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      if (targets[i] != null && !targets[i].ignored()) {
        lines.add(header.get(i) + " -> " + targets[i]);
      }
    }
    return lines;
  }
}
