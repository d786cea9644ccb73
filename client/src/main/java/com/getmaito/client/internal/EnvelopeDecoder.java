package com.getmaito.client.internal;

import com.getmaito.client.errors.MaitoApiException;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Reads a success body: {@code {"ok": true, "data": ...}}, the compat {@code {"success": true,
 * ...}} and {@code {"data": ..., "meta": ...}} forms, or a bare body. A failure envelope on a
 * success status becomes the matching API exception.
 *
 * <p>The usual bodies (an envelope whose first key is {@code ok}, {@code success} or {@code data},
 * or anything that is not an object) are decoded while they are read off the socket, straight into
 * the records: the body is never held whole. An object that starts with another key may be bare
 * data or an envelope with its keys in another order; that one is read whole first and looked at
 * before it is decoded.
 */
final class EnvelopeDecoder {
  private static final ByteString[] ENVELOPE_FIRST_KEYS = {
    ByteString.encodeUtf8("\"ok\""),
    ByteString.encodeUtf8("\"success\""),
    ByteString.encodeUtf8("\"data\"")
  };

  /**
   * Decodes the body in {@code source} to its end.
   *
   * @param failure maps a failure envelope's top-level {@code error}, {@code code}, {@code message}
   *     and {@code details} (those present) to its exception; given null when the envelope is
   *     followed by more than white space (the body is not JSON, so only its status tells)
   */
  Decoded<Object> decode(
      BufferedSource source,
      Type dataType,
      Function<@Nullable Map<String, @Nullable Object>, MaitoApiException> failure)
      throws IOException {
    if (source.exhausted()) {
      throw new JsonDataException("empty body");
    }
    JsonAdapter<Object> adapter = Json.adapter(dataType);
    long start = firstNonSpace(source, 0);
    if (start >= 0
        && source.getBuffer().getByte(start) == '{'
        && !startsAsEnvelope(source, start)) {
      Buffer whole = new Buffer();
      try {
        source.readAll(whole);
        try (JsonReader reader = reader(whole)) {
          return read(reader, isEnvelope(reader(whole)), adapter, failure);
        }
      } finally {
        whole.clear(); // its segments go back to okio's pool
      }
    }
    JsonReader reader = JsonReader.of(source);
    return read(reader, reader.peek() == JsonReader.Token.BEGIN_OBJECT, adapter, failure);
  }

  private static Decoded<Object> read(
      JsonReader reader,
      boolean envelope,
      JsonAdapter<Object> adapter,
      Function<@Nullable Map<String, @Nullable Object>, MaitoApiException> failure)
      throws IOException {
    Object data;
    Map<String, @Nullable Object> meta = null;
    if (envelope) {
      Boolean ok = null;
      boolean hasData = false;
      data = null;
      Map<String, @Nullable Object> errorFields = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        switch (name) {
          case "ok":
          case "success":
            ok = reader.peek() == JsonReader.Token.BOOLEAN ? reader.nextBoolean() : null;
            if (ok == null) {
              reader.skipValue();
            }
            break;
          case "data":
            hasData = true;
            data = adapter.fromJson(reader);
            break;
          case "meta":
            Map<String, @Nullable Object> m = meta(Json.readValue(reader));
            meta = m != null ? m : meta;
            break;
          case "error":
          case "code":
          case "message":
          case "details":
            if (errorFields == null) {
              errorFields = new LinkedHashMap<>();
            }
            errorFields.put(name, Json.readValue(reader));
            break;
          default:
            reader.skipValue();
        }
      }
      reader.endObject();
      if (Boolean.FALSE.equals(ok)) {
        // Its fields count only if the body ends here, as when the whole body was parsed first.
        Map<String, @Nullable Object> fields = errorFields == null ? Map.of() : errorFields;
        throw failure.apply(endsHere(reader) ? fields : null);
      }
      if (!hasData || data == null) {
        throw new JsonDataException("the envelope has no data");
      }
    } else {
      data = adapter.fromJson(reader);
      if (data == null) {
        throw new JsonDataException("the body is null");
      }
    }
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("unexpected content after the JSON body");
    }
    return new Decoded<>(data, meta);
  }

  /**
   * Whether nothing but white space follows the value just read. A failure of the socket (or of the
   * size cap) is not caught: the caller reports it as such.
   */
  private static boolean endsHere(JsonReader reader) throws IOException {
    try {
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException | JsonDataException notJson) {
      return false;
    }
  }

  /** Whether the object at {@code start} begins with a key that only an envelope has. */
  private static boolean startsAsEnvelope(BufferedSource source, long start) throws IOException {
    long key = firstNonSpace(source, start + 1);
    if (key < 0) {
      return false;
    }
    for (ByteString first : ENVELOPE_FIRST_KEYS) {
      if (source.rangeEquals(key, first)) {
        return true;
      }
    }
    return false;
  }

  /** The offset of the first byte at or after {@code from} that is not JSON white space, or -1. */
  private static long firstNonSpace(BufferedSource source, long from) throws IOException {
    for (long i = from; source.request(i + 1); i++) {
      byte b = source.getBuffer().getByte(i);
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return i;
      }
    }
    return -1;
  }

  /**
   * A reader of {@code body} from its start, through pooled segments (see {@link
   * PooledCopySource}); {@code JsonReader.peekJson()} would keep them from the pool.
   */
  private static JsonReader reader(Buffer body) {
    return JsonReader.of(Okio.buffer(new PooledCopySource(body)));
  }

  private static @Nullable Map<String, @Nullable Object> meta(@Nullable Object m) {
    if (!(m instanceof Map)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> cast = (Map<String, @Nullable Object>) m;
    return cast;
  }

  private static boolean isEnvelope(JsonReader peek) throws IOException {
    try (peek) {
      peek.beginObject();
      while (peek.hasNext()) {
        String name = peek.nextName();
        // "data" too: a body wrapped as {"data": ..., "meta": ...} without "ok"; no model has a
        // field of that name, so bare data is never mistaken for an envelope.
        if (name.equals("ok") || name.equals("success") || name.equals("data")) {
          return true;
        }
        peek.skipValue();
      }
      return false;
    }
  }
}
