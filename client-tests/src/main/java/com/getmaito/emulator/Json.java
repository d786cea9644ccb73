package com.getmaito.emulator;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON over Moshi's streaming API. Parsed values are {@code Map<String, Object>} (insertion
 * ordered), {@code List<Object>}, {@code String}, {@code BigDecimal}, {@code Boolean} or {@code
 * null}; numbers keep their written form, so integers are never turned into {@code 5.0}.
 */
final class Json {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Json() {}

  /** Thrown for a body that is not one well-formed JSON document. */
  static final class MalformedJsonException extends Exception {
    MalformedJsonException(String message) {
      super(message);
    }
  }

  static Object parse(byte[] bytes) throws MalformedJsonException {
    try (JsonReader reader = JsonReader.of(new Buffer().write(bytes))) {
      reader.setLenient(false);
      if (reader.peek() == JsonReader.Token.END_DOCUMENT) {
        throw new MalformedJsonException("empty body");
      }
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedJsonException("trailing data after the JSON value");
      }
      return value;
    } catch (JsonEncodingException | JsonDataException | NumberFormatException e) {
      throw new MalformedJsonException(String.valueOf(e.getMessage()));
    } catch (IOException e) {
      // EOFException for a truncated document, and any other read failure of an in-memory buffer.
      throw new MalformedJsonException("truncated or unreadable JSON");
    }
  }

  private static Object read(JsonReader reader) throws IOException, MalformedJsonException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        {
          Map<String, Object> map = new LinkedHashMap<>();
          reader.beginObject();
          while (reader.hasNext()) {
            String name = reader.nextName();
            if (map.containsKey(name)) {
              throw new MalformedJsonException("duplicate key " + name);
            }
            map.put(name, read(reader));
          }
          reader.endObject();
          return map;
        }
      case BEGIN_ARRAY:
        {
          List<Object> list = new ArrayList<>();
          reader.beginArray();
          while (reader.hasNext()) {
            list.add(read(reader));
          }
          reader.endArray();
          return list;
        }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new MalformedJsonException("unexpected " + reader.peek());
    }
  }

  /**
   * The body in a canonical form (object keys sorted, no whitespace), so "the same body" means the
   * same JSON however it is spelled; a body that is not JSON is returned as it is.
   */
  static byte[] canonical(byte[] body) {
    try {
      return write(sorted(parse(body)));
    } catch (MalformedJsonException notJson) {
      return body;
    }
  }

  private static Object sorted(Object value) {
    if (value instanceof Map) {
      Map<String, Object> sorted = new java.util.TreeMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        sorted.put((String) e.getKey(), sorted(e.getValue()));
      }
      return sorted;
    }
    if (value instanceof Collection) {
      java.util.List<Object> list = new java.util.ArrayList<>();
      for (Object element : (Collection<?>) value) {
        list.add(sorted(element));
      }
      return list;
    }
    return value;
  }

  static byte[] write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writeValue(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  private static void writeValue(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else if (value instanceof Integer || value instanceof Long) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof Number) {
      writer.value((Number) value);
    } else if (value instanceof Instant) {
      writer.value(timestamp((Instant) value));
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        writer.name((String) entry.getKey());
        writeValue(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Collection) {
      writer.beginArray();
      for (Object element : (Collection<?>) value) {
        writeValue(writer, element);
      }
      writer.endArray();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  /** RFC 3339 in UTC with milliseconds, e.g. {@code 2026-11-22T10:30:00.000Z}. */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }
}
