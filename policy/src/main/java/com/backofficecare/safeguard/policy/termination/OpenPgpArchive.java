package com.backofficecare.safeguard.policy.termination;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;

/**
 * An OpenPGP message encrypted to the agency's public key (AES-256 with integrity protection,
 * Bouncy Castle's OpenPGP), which the agency opens with GnuPG or any OpenPGP tool. Streams:
 * memory is bounded by the buffer, whatever the archive's size.
 */
final class OpenPgpArchive {

  private static final BouncyCastleProvider BC = new BouncyCastleProvider(); // not registered globally

  private OpenPgpArchive() {}

  /** The first encryption key in an armored or binary public key block. */
  static PGPPublicKey encryptionKey(InputStream keyBlock) throws IOException {
    try {
      PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(
          PGPUtil.getDecoderStream(keyBlock), new JcaKeyFingerprintCalculator());
      for (Iterator<PGPPublicKeyRing> r = rings.getKeyRings(); r.hasNext(); ) {
        for (Iterator<PGPPublicKey> k = r.next().getPublicKeys(); k.hasNext(); ) {
          PGPPublicKey key = k.next();
          if (key.isEncryptionKey() && !key.hasRevocation()) {
            return key;
          }
        }
      }
    } catch (PGPException e) {
      throw new IllegalArgumentException("the recipient key is not an OpenPGP public key", e);
    }
    throw new IllegalArgumentException("the recipient key has no encryption subkey");
  }

  /** A stream whose bytes end up, encrypted to {@code key}, in {@code out}; close it to finish. */
  static OutputStream open(PGPPublicKey key, String fileName, OutputStream out) throws IOException {
    try {
      PGPEncryptedDataGenerator enc = new PGPEncryptedDataGenerator(
          new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
              .setSecureRandom(new SecureRandom()).setProvider(BC));
      enc.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(key).setProvider(BC));
      OutputStream encrypted = enc.open(out, new byte[1 << 16]);
      PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
      OutputStream plain = literal.open(encrypted, PGPLiteralData.BINARY, fileName, new Date(),
          new byte[1 << 16]);
      return new Sealing(plain, literal, enc);
    } catch (PGPException e) {
      throw new IOException("OpenPGP encryption failed", e);
    }
  }

  /** Writes into the literal packet; closing closes the literal, then the encryption, packets. */
  private static final class Sealing extends OutputStream {
    private final OutputStream plain;
    private final PGPLiteralDataGenerator literal;
    private final PGPEncryptedDataGenerator enc;

    Sealing(OutputStream plain, PGPLiteralDataGenerator literal, PGPEncryptedDataGenerator enc) {
      this.plain = plain;
      this.literal = literal;
      this.enc = enc;
    }

    @Override
    public void write(int b) throws IOException {
      plain.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      plain.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      literal.close();
      enc.close();
    }
  }

  /** The key's fingerprint, hex, for the certificate. */
  static String fingerprint(PGPPublicKey key) {
    return java.util.HexFormat.of().formatHex(key.getFingerprint());
  }
}
