package com.getmaito.emulator;

import java.util.Locale;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/** Reading a request body as the JSON object the contract asks for. */
final class Bodies {
  private Bodies() {}

  /**
   * Checks that a request that carries a body says it is JSON: {@code application/json} or a {@code
   * +json} type, any parameters.
   *
   * @throws ApiError 415 {@code UNSUPPORTED_MEDIA_TYPE} for a non-empty body of another or no type
   */
  static void requireJson(RecordedRequest request) {
    ByteString body = request.getBody();
    if (body == null || body.size() == 0) {
      return;
    }
    String contentType = request.getHeaders().get("Content-Type");
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json")
        && !(type.startsWith("application/") && type.endsWith("+json"))) {
      throw new ApiError(
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          "A request body must be sent as Content-Type: application/json; got "
              + (contentType == null ? "none" : contentType)
              + ".");
    }
  }

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
