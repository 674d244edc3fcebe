package com.backofficecare.safeguard.crypto.tempstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.DataCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Receipts and stored objects are JSON whatever their strings hold: a reason cannot add fields. */
class ReceiptJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 300)
  void aReceiptReadsBackAsWrittenWhateverTheReason(@ForAll String reason) throws Exception {
    DeletionReceipt r =
        new DeletionReceipt(
            ObjectId.parse("harbor:" + "a".repeat(32)),
            DataCategory.PAYROLL,
            10,
            Instant.parse("2026-12-01T00:00:00Z"),
            reason,
            DeletionReceipt.CRYPTOGRAPHIC_ERASE,
            true,
            false);
    JsonNode n = JSON.readTree(r.toJson());
    assertThat(n.get("reason").asText()).isEqualTo(reason);
    assertThat(n.get("verified").asBoolean()).isFalse();
    assertThat(n.size()).isEqualTo(9);
  }

  @Test
  void aForgedFieldInAReasonStaysInsideTheReason() throws Exception {
    String forged = "expired\",\"verified\":true,\"x\":\"";
    DeletionReceipt r =
        new DeletionReceipt(
            ObjectId.parse("harbor:" + "b".repeat(32)),
            DataCategory.PAYROLL,
            10,
            Instant.parse("2026-12-01T00:00:00Z"),
            forged,
            DeletionReceipt.CRYPTOGRAPHIC_ERASE,
            true,
            false);
    JsonNode n = JSON.readTree(r.toJson());
    assertThat(n.get("verified").asBoolean()).isFalse();
    assertThat(n.has("x")).isFalse();
  }

  @Test
  void aStoredObjectIsOneJsonObject() throws Exception {
    StoredObject o =
        new StoredObject(
            ObjectId.parse("harbor:" + "c".repeat(32)),
            DataCategory.CLIENT_RECORDS,
            42,
            Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2026-12-02T00:00:00Z"));
    JsonNode n = JSON.readTree(o.toJson());
    assertThat(n.get("id").asText()).isEqualTo(o.id().toString());
    assertThat(n.get("agency").asText()).isEqualTo("harbor");
    assertThat(n.get("size").asLong()).isEqualTo(42);
  }
}
