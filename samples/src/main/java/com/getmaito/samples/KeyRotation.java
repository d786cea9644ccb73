// Environment: MAITO_API_KEY (optional: without it the sample runs against the embedded emulator;
// with it, it must be a full-scope key), MAITO_BASE_URL (optional). Secrets are printed masked.
package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.errors.AuthenticationException;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.TagListParams;
import java.io.PrintStream;

/**
 * Rotates a key: creates a new key expiring in 90 days, verifies it with a call, revokes the old
 * one, and shows that the old one now gets {@link AuthenticationException}. The "old" key is made
 * by the sample itself, so your own key is never revoked.
 */
public final class KeyRotation {
  private KeyRotation() {}

  public static void main(String[] args) {
    SampleRunner.main("KeyRotation", c -> run(c.client(), c.out()), emulator -> {});
  }

  static void run(MaitoClient admin, PrintStream out) {
    CreatedApiKey old =
        admin.apiKeys().create(ApiKeyCreateParams.builder().name("sample-old").build());
    out.println(
        "Deployed key (stands in for yours): " + old.id() + " " + CreatedApiKey.mask(old.secret()));
    try (MaitoClient oldClient = admin.newBuilder().apiKey(old.secret()).build()) {
      // README:rotation
      // Given: MaitoClient admin, CreatedApiKey old, MaitoClient oldClient, PrintStream out
      CreatedApiKey fresh =
          admin
              .apiKeys()
              .create(ApiKeyCreateParams.builder().name("sample-new").expirationDays(90).build());
      out.println(
          "1. Created "
              + fresh.id()
              + " "
              + CreatedApiKey.mask(fresh.secret())
              + ", expires "
              + fresh.key().expiresAt());
      try (MaitoClient newClient = admin.newBuilder().apiKey(fresh.secret()).build()) {
        newClient.tags().list(TagListParams.builder().limit(1).build());
        out.println("2. Verified the new key with a call");
        admin.apiKeys().revoke(old.id());
        out.println("3. Revoked the old key " + old.id());
        try {
          oldClient.tags().list(TagListParams.builder().limit(1).build());
          out.println("4. Unexpected: the old key still works");
        } catch (AuthenticationException e) {
          out.println(
              "4. The old key is refused: "
                  + e.getClass().getSimpleName()
                  + " "
                  + e.statusCode()
                  + " "
                  + e.errorCode());
        }
      }
      // README:end
      admin.apiKeys().revoke(fresh.id());
      out.println("Cleaned up: revoked the sample's new key " + fresh.id());
    }
  }
}
