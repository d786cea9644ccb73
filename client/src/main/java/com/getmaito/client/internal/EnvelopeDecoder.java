package com.getmaito.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Supplier;
import okio.Buffer;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Reads a success body: {@code {"ok": true, "data": ...}}, the compat {@code {"success": true,
 * ...}} and {@code {"data": ..., "meta": ...}} forms, or a bare body. A failure envelope on a
 * success status becomes the matching API exception.
 */
final class EnvelopeDecoder {
  private final ErrorMapper errors;

  EnvelopeDecoder(ErrorMapper errors) {
    this.errors = errors;
  }

  /**
   * Decodes {@code body} (left as it is: an error excerpt may read it afterwards) in one read:
   * straight into the records. {@code received} gives the response, for a failure envelope.
   */
  Decoded<Object> decode(Buffer body, Type dataType, Supplier<Received> received)
      throws IOException {
    if (body.size() == 0) {
      throw new JsonDataException("empty body");
    }
    JsonAdapter<Object> adapter = Json.adapter(dataType);
    try (JsonReader reader = reader(body)) {
      Object data;
      Map<String, @Nullable Object> meta = null;
      if (reader.peek() == JsonReader.Token.BEGIN_OBJECT && isEnvelope(reader(body))) {
        Boolean ok = null;
        boolean hasData = false;
        data = null;
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
            default:
              reader.skipValue();
          }
        }
        reader.endObject();
        if (Boolean.FALSE.equals(ok)) {
          throw errors.fromResponse(received.get());
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
