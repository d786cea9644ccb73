package com.getmaito.client.internal;

import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyScope;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.BulkFailure;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberStatus;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/** The SDK's one Moshi instance and the adapters the contract needs. */
public final class Json {
  public static final Type JSON_OBJECT =
      Types.newParameterizedType(Map.class, String.class, Object.class);

  private static final DateTimeFormatter RFC_3339_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(Instant.class, new InstantAdapter().nullSafe())
          .add(SubscriberStatus.class, new OpenValueAdapter<>(SubscriberStatus::of).nullSafe())
          .add(ApiKeyScope.class, new OpenValueAdapter<>(ApiKeyScope::of).nullSafe())
          .add(JSON_OBJECT, new JsonObjectAdapter().nullSafe())
          .add(
              Types.newParameterizedType(List.class, String.class),
              new StringListAdapter().nullSafe())
          .add(BulkFailure.class, new BulkFailureAdapter().nullSafe())
          .add(BulkTally.class, new BulkTally.Adapter().nullSafe())
          .add(new RecordAdapterFactory())
          .build();

  private Json() {}

  public static <T> JsonAdapter<T> adapter(Type type) {
    return MOSHI.adapter(type);
  }

  /**
   * Encodes a request body; {@code null} values are written, so "clear this field" survives. The
   * JSON is written once, straight into okio segments, and returned as a view of those segments: no
   * intermediate {@code String} and no copy of the bytes on the way to the socket.
   */
  static ByteString encodeBody(JsonBody body) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      body.writeTo(writer);
    } catch (IOException e) {
      throw new AssertionError("a Buffer does not fail", e);
    }
    return buffer.snapshot();
  }

  /**
   * The body of a subscriber create, written field by field (only those set), as {@link
   * SubscriberCreateParams#body()} describes it.
   *
   * @param params the subscriber to create
   * @return its body
   */
  public static JsonBody subscriberBody(SubscriberCreateParams params) {
    return writer -> writeSubscriber(writer, params);
  }

  /**
   * The body of a bulk create, each row written as {@link #subscriberBody} writes it.
   *
   * @param params the rows
   * @return their body
   */
  public static JsonBody bulkBody(BulkCreateParams params) {
    return writer -> {
      writer.beginObject();
      writer.name("subscribers").beginArray();
      for (SubscriberCreateParams row : params.subscribers()) {
        writeSubscriber(writer, row);
      }
      writer.endArray();
      if (params.optInAttestation() != null) {
        writer.name("optInAttestation").value(params.optInAttestation());
      }
      writer.endObject();
    };
  }

  private static void writeSubscriber(JsonWriter writer, SubscriberCreateParams p)
      throws IOException {
    writer.beginObject();
    writer.name("email").value(p.email());
    if (p.firstName() != null) {
      writer.name("firstName").value(p.firstName());
    }
    if (p.lastName() != null) {
      writer.name("lastName").value(p.lastName());
    }
    if (p.status() != null) {
      writer.name("status").value(p.status().asString());
    }
    if (p.confirmed() != null) {
      writer.name("confirmed").value(p.confirmed());
    }
    if (p.tags() != null) {
      writer.name("tags");
      writeValue(writer, p.tags());
    }
    if (p.customFields() != null) {
      writer.name("customFields");
      writeValue(writer, p.customFields());
    }
    if (p.source() != null) {
      writer.name("source").value(p.source());
    }
    if (p.optInAttestation() != null) {
      writer.name("optInAttestation").value(p.optInAttestation());
    }
    writer.endObject();
  }

  static String formatInstant(Instant instant) {
    return RFC_3339_MILLIS.format(instant);
  }

  /**
   * Reads any JSON value, keeping integral numbers as {@code Long} and others as {@code Double};
   * objects and arrays come back read-only, at every depth (a model keeps what the decoder made).
   */
  static @Nullable Object readValue(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return Collections.unmodifiableMap(readObject(reader));
      case BEGIN_ARRAY:
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(readValue(reader));
        }
        reader.endArray();
        return Collections.unmodifiableList(list);
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IllegalStateException("Expected a value but was " + reader.peek());
    }
  }

  /** An object's fields in the order sent, each value as {@link #readValue} reads it. */
  private static LinkedHashMap<String, @Nullable Object> readObject(JsonReader reader)
      throws IOException {
    LinkedHashMap<String, @Nullable Object> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      map.put(reader.nextName(), readValue(reader));
    }
    reader.endObject();
    return map;
  }

  /**
   * A JSON number as a {@code Long} when integral and in range, else the nearest {@code Double}.
   * {@code Double.parseDouble} rounds exactly as {@code new BigDecimal(text).doubleValue()} did,
   * but in time linear in the length (it keeps a bounded number of significant digits), where
   * {@code BigDecimal} is quadratic: a 200,000-digit number from a server took seconds.
   */
  static Number number(String text) {
    if (text.length() <= 20
        && text.indexOf('.') < 0
        && text.indexOf('e') < 0
        && text.indexOf('E') < 0) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooBig) {
        // falls through to a double
      }
    }
    return Double.parseDouble(text);
  }

  static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      Instant fast = parseRfc3339(text);
      if (fast != null) {
        return fast;
      }
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (RuntimeException e) {
        // The value is not quoted: a server may echo anything there, the key included. The
        // exception's (redacted) body excerpt shows it.
        throw new com.squareup.moshi.JsonDataException(
            "Expected an RFC 3339 timestamp at " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
      writer.value(value == null ? null : formatInstant(value));
    }
  }

  /**
   * The common shape of an RFC 3339 timestamp, {@code 2026-11-22T10:30:00.000Z} (any fraction of 1
   * to 9 digits or none, {@code Z} or {@code ±hh:mm}), parsed without {@code DateTimeFormatter},
   * which costs about a kilobyte of garbage per value and a page holds thousands. Null for any
   * other text, and for out-of-range fields: {@link OffsetDateTime#parse} then decides, so the
   * values accepted and the errors raised are exactly as before.
   */
  static @Nullable Instant parseRfc3339(String t) {
    int n = t.length();
    if (n == 24 && t.charAt(19) == '.' && t.charAt(23) == 'Z') {
      Instant usual = parseUsual(t);
      if (usual != null) {
        return usual;
      }
    }
    if (n < 20
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (t.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 10 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        nanos = nanos * 10 + (t.charAt(i) - '0');
        i++;
      }
      int count = i - start;
      if (count < 1 || count > 9) {
        return null;
      }
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == n - 1 && t.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
      int oh = digits(t, i + 1, 2);
      int om = digits(t, i + 4, 2);
      if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
        return null;
      }
      offsetSeconds = (t.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /**
   * The API's own shape, {@code 2026-11-22T10:30:00.000Z}, in one pass: each digit checked as it is
   * read, the day counted from the civil date without {@code LocalDate}. Null for anything else (a
   * field out of range included), which the general parser then decides.
   */
  private static @Nullable Instant parseUsual(String t) {
    if (t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int bad = 0;
    int d0 = t.charAt(0) - '0';
    int d1 = t.charAt(1) - '0';
    int d2 = t.charAt(2) - '0';
    int d3 = t.charAt(3) - '0';
    int mo0 = t.charAt(5) - '0';
    int mo1 = t.charAt(6) - '0';
    int da0 = t.charAt(8) - '0';
    int da1 = t.charAt(9) - '0';
    int h0 = t.charAt(11) - '0';
    int h1 = t.charAt(12) - '0';
    int mi0 = t.charAt(14) - '0';
    int mi1 = t.charAt(15) - '0';
    int s0 = t.charAt(17) - '0';
    int s1 = t.charAt(18) - '0';
    int f0 = t.charAt(20) - '0';
    int f1 = t.charAt(21) - '0';
    int f2 = t.charAt(22) - '0';
    // A digit is 0 to 9; anything else is negative or above 9 after the subtraction.
    bad |= d0 | d1 | d2 | d3 | mo0 | mo1 | da0 | da1 | h0 | h1 | mi0 | mi1 | s0 | s1 | f0 | f1 | f2;
    if (bad < 0 || d0 > 9 || d1 > 9 || d2 > 9 || d3 > 9 || mo0 > 9 || mo1 > 9 || da0 > 9 || da1 > 9
        || h0 > 9 || h1 > 9 || mi0 > 9 || mi1 > 9 || s0 > 9 || s1 > 9 || f0 > 9 || f1 > 9
        || f2 > 9) {
      return null;
    }
    int year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
    int month = mo0 * 10 + mo1;
    int day = da0 * 10 + da1;
    int hour = h0 * 10 + h1;
    int minute = mi0 * 10 + mi1;
    int second = s0 * 10 + s1;
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    if (day > DAYS_IN_MONTH[month - 1] + (month == 2 && leap ? 1 : 0)) {
      return null;
    }
    // Days from 1970-01-01 (H. Hinnant's days_from_civil), for years 0 to 9999.
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    long epochDay = era * 146_097L + dayOfEra - 719_468L;
    long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, (f0 * 100 + f1 * 10 + f2) * 1_000_000L);
  }

  /** The non-negative number in {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String t, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Open server enums: any string survives. */
  static final class OpenValueAdapter<T> extends JsonAdapter<T> {
    private final java.util.function.Function<String, T> of;

    OpenValueAdapter(java.util.function.Function<String, T> of) {
      this.of = of;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      return of.apply(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      writer.value(value == null ? null : value.toString());
    }
  }

  /**
   * Lists of strings (tags) as immutable lists, which a model keeps without copying; the usual one
   * or two without a growing {@code ArrayList}. A null element fails, naming where it is.
   */
  static final class StringListAdapter extends JsonAdapter<List<String>> {
    @Override
    public List<String> fromJson(JsonReader reader) throws IOException {
      reader.beginArray();
      List<String> list;
      if (!reader.hasNext()) {
        list = List.of();
      } else {
        String first = element(reader);
        if (!reader.hasNext()) {
          list = List.of(first);
        } else {
          String second = element(reader);
          if (!reader.hasNext()) {
            list = List.of(first, second);
          } else {
            List<String> all = new ArrayList<>();
            all.add(first);
            all.add(second);
            while (reader.hasNext()) {
              all.add(element(reader));
            }
            list = List.copyOf(all);
          }
        }
      }
      reader.endArray();
      return list;
    }

    private static String element(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        throw new com.squareup.moshi.JsonDataException(
            "Expected a string but was NULL at " + reader.getPath());
      }
      return reader.nextString();
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable List<String> value) throws IOException {
      writeValue(writer, value);
    }
  }

  /**
   * JSON objects such as custom fields; integral numbers stay {@code Long}. Read-only all the way
   * down: an object or array nested in one (the contract has none, a server may send them) is
   * read-only too, since a model keeps the object as it is.
   */
  static final class JsonObjectAdapter extends JsonAdapter<Map<String, @Nullable Object>> {
    @Override
    public Map<String, @Nullable Object> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new com.squareup.moshi.JsonDataException(
            "Expected an object but was " + reader.peek() + " at " + reader.getPath());
      }
      return new DecodedObject(readObject(reader));
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Map<String, @Nullable Object> value)
        throws IOException {
      writeValue(writer, value);
    }
  }

  /**
   * Writes a JSON value: a map, list, string, boolean, number or null. Maps and lists are walked
   * without iterators (a custom-fields map is read-only, and each iterator through its view costs
   * three objects), integers are written without a string.
   */
  static void writeValue(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Map) {
      writer.beginObject();
      try {
        ((Map<?, ?>) value)
            .forEach(
                (k, v) -> {
                  try {
                    writer.name(String.valueOf(k));
                    writeValue(writer, v);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      writer.endObject();
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      writer.beginArray();
      if (list instanceof RandomAccess) {
        for (int i = 0, n = list.size(); i < n; i++) {
          writeValue(writer, list.get(i));
        }
      } else {
        for (Object o : list) {
          writeValue(writer, o);
        }
      }
      writer.endArray();
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof Number) {
      writer.value((Number) value);
    } else {
      throw new IllegalArgumentException("Cannot write " + value.getClass() + " as JSON");
    }
  }

  /**
   * Bulk failures; compat: a Maildesk server may send {@code reason} in place of {@code message}.
   */
  static final class BulkFailureAdapter extends JsonAdapter<BulkFailure> {
    @Override
    public BulkFailure fromJson(JsonReader reader) throws IOException {
      Integer index = null;
      String email = null;
      String code = null;
      String message = null;
      String reason = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (reader.peek() == JsonReader.Token.NULL) {
          reader.skipValue();
          continue;
        }
        switch (name) {
          case "index":
            index = reader.nextInt();
            break;
          case "email":
            email = reader.nextString();
            break;
          case "code":
            code = reader.nextString();
            break;
          case "message":
            message = reader.nextString();
            break;
          case "reason":
            reason = reader.nextString();
            break;
          default:
            reader.skipValue();
        }
      }
      reader.endObject();
      if (index == null) {
        throw new com.squareup.moshi.JsonDataException("BulkFailure.index is required");
      }
      if (code == null) {
        code = "UNKNOWN";
      }
      return new BulkFailure(index, email, code, message != null ? message : reason);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable BulkFailure value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      writer.name("index").value(value.index());
      writer.name("email").value(value.email());
      writer.name("code").value(value.code());
      writer.name("message").value(value.message());
      writer.endObject();
    }
  }

  /** Adapter for {@link ApiKey}, used to read the key part of a create response. */
  public static JsonAdapter<ApiKey> apiKeyAdapter() {
    return MOSHI.adapter(ApiKey.class);
  }
}
