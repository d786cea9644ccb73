package com.getmaito.emulator;

/** Reason phrases of HTTP statuses, and the contract's error code for each error status. */
final class HttpStatuses {
  private HttpStatuses() {}

  static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 409:
        return "Conflict";
      case 413:
        return "Payload Too Large";
      case 415:
        return "Unsupported Media Type";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
  }

  /** The error code of a 4xx fault: the contract's code for the status, else {@code ERROR}. */
  static String codeFor(int status) {
    switch (status) {
      case 400:
        return "VALIDATION_FAILED";
      case 401:
        return "UNAUTHORIZED";
      case 403:
        return "FORBIDDEN";
      case 404:
        return "NOT_FOUND";
      case 405:
        return "METHOD_NOT_ALLOWED";
      case 409:
        return "CONFLICT";
      case 413:
        return "PAYLOAD_TOO_LARGE";
      case 415:
        return "UNSUPPORTED_MEDIA_TYPE";
      case 422:
        return "IDEMPOTENCY_KEY_REUSED";
      default:
        return "ERROR";
    }
  }
}
