package com.getmaito.client.internal;

import com.getmaito.client.model.BulkFailure;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bulk create's answer as the importer reads it: how many rows were created and which failed. The
 * created subscribers are counted, not decoded: the importer only needs to know that each row is
 * accounted for, and decoding 100 records it would drop was most of the cost of reading the answer.
 * Unsupported API.
 *
 * @param created how many subscribers the answer lists as created
 * @param failed the rows rejected, with their index in the request
 */
public record BulkTally(int created, List<BulkFailure> failed) {
  /**
   * Copies the failures.
   *
   * @param created how many subscribers the answer lists as created
   * @param failed the rows rejected, with their index in the request
   */
  public BulkTally {
    failed = List.copyOf(failed);
  }

  /** Reads {@code {"created": [...], "failed": [...]}}, counting the created ones. */
  static final class Adapter extends JsonAdapter<BulkTally> {
    private static final java.lang.reflect.Type FAILURES = ApiCall.listOf(BulkFailure.class);

    @Override
    public BulkTally fromJson(JsonReader reader) throws IOException {
      int created = 0;
      List<BulkFailure> failed = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (reader.peek() == JsonReader.Token.NULL) {
          reader.skipValue();
        } else if (name.equals("created")) {
          created = 0;
          reader.beginArray();
          while (reader.hasNext()) {
            if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
              throw new JsonDataException(
                  "Expected a subscriber but was " + reader.peek() + " at " + reader.getPath());
            }
            reader.skipValue();
            created++;
          }
          reader.endArray();
        } else if (name.equals("failed")) {
          failed = Json.<List<BulkFailure>>adapter(FAILURES).fromJson(reader);
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
      return new BulkTally(created, failed == null ? List.of() : failed);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable BulkTally value) {
      throw new UnsupportedOperationException("a bulk answer is only read");
    }
  }
}
