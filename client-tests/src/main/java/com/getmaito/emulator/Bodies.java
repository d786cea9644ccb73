package com.getmaito.emulator;

import java.util.Map;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/** Reading a request body as the JSON object the contract asks for. */
final class Bodies {
  private Bodies() {}

  /**
   * The request body as a JSON object.
   *
   * @throws ApiError 400 if the body is not one well-formed JSON object
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> jsonObject(RecordedRequest request) {
    ByteString bytes = request.getBody();
    Object value;
    try {
      value = Json.parse(bytes == null ? new byte[0] : bytes.toByteArray());
    } catch (Json.MalformedJsonException e) {
      throw ApiError.validation("body", "must be well-formed JSON: " + e.getMessage());
    }
    if (!(value instanceof Map)) {
      throw ApiError.validation("body", "must be a JSON object");
    }
    return (Map<String, Object>) value;
  }
}
