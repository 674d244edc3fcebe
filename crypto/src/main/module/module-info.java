/**
 * Safeguard crypto: streaming AEAD, destroyable keys, key managers and the encrypted temporary
 * store. The primitives in {@code crypto.internal} are not exported.
 */
module com.backofficecare.safeguard.crypto {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.core;
  requires transitive com.backofficecare.safeguard.storage;
  requires org.bouncycastle.provider;
  requires com.fasterxml.jackson.core;
  requires org.slf4j;

  exports com.backofficecare.safeguard.crypto;
  exports com.backofficecare.safeguard.crypto.tempstore;
}
