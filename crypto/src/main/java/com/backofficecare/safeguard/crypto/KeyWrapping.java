package com.backofficecare.safeguard.crypto;

import com.backofficecare.safeguard.core.AgencyId;
import java.nio.charset.StandardCharsets;

/** What every key manager binds a wrapped data key to: the agency, the KEK and the data key id. */
final class KeyWrapping {

  private KeyWrapping() {}

  static byte[] associatedData(AgencyId agency, String kekId, String dataKeyId) {
    return ("safeguard-kek-wrap-v1|" + agency.value() + "|" + kekId + "|" + dataKeyId)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The key-table name of the operator's own KEK: not an agency id (which never starts with {@code
   * #}), so no agency's termination reaches it.
   */
  static final String OPERATOR = "#operator";

  /** The operator KEK's id. */
  static final String OPERATOR_KEK = OPERATOR + "/k1";

  static byte[] operatorAssociatedData(String context) {
    return ("safeguard-operator-seal-v1|" + OPERATOR_KEK + "|" + context)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The agency a KEK id belongs to: ids are {@code agency/kN}. */
  static boolean belongsTo(String kekId, AgencyId agency) {
    return kekId.startsWith(agency.value() + "/k");
  }
}
