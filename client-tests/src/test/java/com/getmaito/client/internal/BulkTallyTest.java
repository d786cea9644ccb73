package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The importer's reading of a bulk answer: created records counted, failures read in full. */
class BulkTallyTest {
  private static BulkTally read(String json) throws Exception {
    return Json.<BulkTally>adapter(BulkTally.class).fromJson(json);
  }

  @Test
  void countsTheCreatedRecordsWhateverTheyHoldAndReadsTheFailures() throws Exception {
    BulkTally t =
        read(
            "{\"created\":[{\"id\":\"sub_1\",\"tags\":[\"a\",{\"x\":[1,2]}]},{}],\"extra\":1,"
                + "\"failed\":[{\"index\":2,\"email\":\"c@example.com\",\"code\":\"INVALID_EMAIL\","
                + "\"reason\":\"bad\"}]}");
    assertEquals(2, t.created());
    assertEquals(1, t.failed().size());
    assertEquals(2, t.failed().get(0).index());
    assertEquals("bad", t.failed().get(0).message(), "compat reason read as the message");
  }

  @Test
  void missingOrNullListsCountAsEmpty() throws Exception {
    assertEquals(new BulkTally(0, List.of()), read("{}"));
    assertEquals(new BulkTally(0, List.of()), read("{\"created\":null,\"failed\":null}"));
  }

  @Test
  void anElementOfCreatedThatIsNotARecordFailsNamingWhereItIs() {
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> read("{\"created\":[{},null]}"));
    assertTrue(e.getMessage().contains("$.created[1]"), e.getMessage());
  }
}
