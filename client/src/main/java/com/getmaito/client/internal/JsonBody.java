package com.getmaito.client.internal;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request's JSON body, written by the call straight into the JSON writer (no map per row on the
 * way to the socket for the calls that have their own writer). Unsupported API.
 */
@FunctionalInterface
public interface JsonBody {
  /**
   * Writes the body; {@code null} values are written (the writer serializes nulls), so "clear this
   * field" survives.
   *
   * @param writer the writer
   * @throws IOException if the writer fails
   */
  void writeTo(JsonWriter writer) throws IOException;

  /**
   * A body that is this JSON object.
   *
   * @param body the object's fields
   * @return the body
   */
  static JsonBody of(Map<String, @Nullable Object> body) {
    return writer -> Json.writeValue(writer, body);
  }
}
