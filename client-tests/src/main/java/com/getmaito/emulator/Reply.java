package com.getmaito.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** A reply before it becomes a MockResponse: status, content type, body and extra headers. */
final class Reply {
  static final String JSON_TYPE = "application/json; charset=utf-8";

  final int status;
  final String contentType;
  final byte[] body;
  final Map<String, String> headers;

  Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.headers = headers;
  }

  /** A success envelope: {@code {"ok": true, "data": ..., "meta": ...}}; meta may be null. */
  static Reply ok(int status, Object data, Map<String, Object> meta) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("ok", true);
    envelope.put("data", data);
    if (meta != null) {
      envelope.put("meta", meta);
    }
    return new Reply(status, JSON_TYPE, Json.write(envelope), new LinkedHashMap<>());
  }

  /** The failure envelope of {@code error}, after {@code headers} and then the error's own. */
  static Reply error(ApiError error, Map<String, String> headers) {
    Map<String, String> merged = new LinkedHashMap<>(headers);
    merged.putAll(error.headers);
    return new Reply(error.status, JSON_TYPE, Json.write(error.envelope()), merged);
  }

  /** The data of a delete or revoke: {@code {"id": ..., flag: true}}. */
  static Map<String, Object> deleted(String id, String flag) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", id);
    data.put(flag, true);
    return data;
  }

  /** This reply with {@code more} headers first and its own after (its own win). */
  Reply withHeaders(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(more);
    merged.putAll(headers);
    return new Reply(status, contentType, body, merged);
  }
}
