// Environment: MAITO_API_KEY (optional: without it the sample runs against the embedded emulator),
// MAITO_BASE_URL (optional). Against a real server the last step spends the key's rate-limit
// budget.
package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.RequestOptions;
import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.errors.ErrorDetail;
import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.errors.ValidationException;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.UUID;

/** What each error looks like to a caller, caught by type. */
public final class ErrorHandling {
  private ErrorHandling() {}

  public static void main(String[] args) {
    SampleRunner.main(
        "ErrorHandling",
        c -> run(c.client(), c.out()),
        emulator -> emulator.rateLimit(20, Duration.ofMinutes(1)));
  }

  static void run(MaitoClient client, PrintStream out) {
    try {
      SubscriberCreateParams.builder().email("not-an-email").build();
    } catch (IllegalArgumentException e) {
      out.println("Rejected before sending: " + e.getMessage());
    }

    // README:errors
    // Given: MaitoClient client, PrintStream out
    try {
      client
          .subscribers()
          .create(
              SubscriberCreateParams.builder()
                  .email("someone@example.com")
                  .status(SubscriberStatus.of("paused"))
                  .build());
    } catch (ValidationException e) {
      out.println("ValidationException " + e.statusCode() + " " + e.errorCode() + ":");
      for (ErrorDetail d : e.details()) {
        out.println("   " + d.field() + ": " + d.message());
      }
    }

    try {
      client.subscribers().retrieve("sub_does_not_exist");
    } catch (NotFoundException e) {
      out.println("NotFoundException " + e.statusCode() + ", request id " + e.requestId());
    }

    String email = "dup+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    Subscriber first =
        client.subscribers().create(SubscriberCreateParams.builder().email(email).build());
    try {
      client
          .subscribers()
          .create(SubscriberCreateParams.builder().email(email.toUpperCase()).build());
    } catch (ConflictException e) {
      out.println("ConflictException " + e.statusCode() + ": " + e.serverMessage());
    } finally {
      client.subscribers().delete(first.id());
    }

    RequestOptions noRetries = RequestOptions.builder().maxRetries(0).build();
    SubscriberListParams onePerPage = SubscriberListParams.builder().limit(1).build();
    int maxBurst = 200; // calls to make before giving up on seeing a 429
    try {
      for (int i = 0; i < maxBurst; i++) {
        client.subscribers().list(onePerPage, noRetries);
      }
      out.println("No 429 within " + maxBurst + " calls");
    } catch (RateLimitException e) {
      Duration wait = e.retryAfter();
      out.println(
          "RateLimitException "
              + e.statusCode()
              + ": retry after "
              + (wait == null ? "an unknown wait" : wait.toSeconds() + " s"));
    } catch (MaitoApiException e) {
      out.println("Other API error " + e.statusCode() + ": " + e.getMessage());
    }
    // README:end
  }
}
